import fc from 'fast-check';

// One seed for every property test, so that a red CI run is reproducible; override with FC_SEED.
const seed = Number(process.env.FC_SEED ?? 42);
fc.configureGlobal({ seed });
