/**
 * Every error code theorycheck uses, with what it means and what to do. docs/errors.md is
 * generated from this table (`theorycheck docs`), and a test checks that every code used
 * in the sources is listed here. Ranges: TC1xxx usage and input, TC2xxx claim definition,
 * TC3xxx symbolic and exact arithmetic, TC4xxx experiments, TC5xxx backends, TC6xxx
 * reports and baselines.
 */
export interface ErrorCodeInfo {
  code: string;
  meaning: string;
  fix: string;
}

export const ERROR_CATALOG: readonly ErrorCodeInfo[] = [
  { code: 'TC1000', meaning: 'unknown command', fix: 'run `theorycheck --help` for the commands' },
  { code: 'TC1001', meaning: 'unknown claim id or glob', fix: 'see `theorycheck list` for the ids' },
  { code: 'TC1002', meaning: 'unknown budget', fix: 'use quick, standard or full' },
  { code: 'TC1003', meaning: 'unknown backend', fix: 'use auto, wasm, cpu, webgpu or tensorflow; `theorycheck backends` says which work here' },
  { code: 'TC1004', meaning: 'a results file cannot be read', fix: 'check the path' },
  { code: 'TC1005', meaning: 'a results file is not valid JSON', fix: 'use a results.json written by `theorycheck run`' },
  { code: 'TC1006', meaning: 'a JSON file does not match the results schema', fix: 'use a results.json written by `theorycheck run` (schema version 1)' },
  { code: 'TC1007', meaning: '--resume with a different budget, seed or backend', fix: 'repeat the original options or drop --resume' },
  { code: 'TC1008', meaning: 'unknown option or missing option value', fix: 'see `theorycheck <command> --help`' },
  { code: 'TC1009', meaning: 'a seed that is not an integer in [0, 2^32)', fix: 'pass --seed with a non-negative integer' },
  { code: 'TC1010', meaning: 'unknown report format', fix: 'use a comma-separated list of html, tex, pdf, fragments' },
  { code: 'TC1011', meaning: 'a number option that is not positive', fix: 'pass a positive number' },
  { code: 'TC1012', meaning: 'unknown area', fix: 'see `theorycheck list` for the areas' },
  { code: 'TC1013', meaning: 'a --claims module is missing, fails to load or exports no claims', fix: 'export `claims`, an array of defineClaim(...)' },
  { code: 'TC1014', meaning: 'replay needs one claim id and --seed', fix: 'copy the replay command printed with the counterexample' },
  { code: 'TC1015', meaning: 'a fast-check path that is not numbers separated by colons', fix: 'copy the path printed with the counterexample' },
  { code: 'TC1016', meaning: 'report needs exactly one results.json', fix: 'pass one path' },
  { code: 'TC1017', meaning: 'a shard that is not i/n with 1 <= i <= n (from --shard or, with --shard auto, from SLURM_ARRAY_TASK_ID / JOB_COMPLETION_INDEX / THEORYCHECK_SHARD)', fix: 'pass --shard 2/3, or set the scheduler variables the message names' },
  { code: 'TC1018', meaning: 'merge: the shard results do not make one complete run (not shards, different seed, budget, backend, selection or version, a shard given twice, missing or interrupted)', fix: 'merge the output folders of every `run --shard i/n` of one command, i = 1..n; finish interrupted shards with --resume' },
  { code: 'TC1019', meaning: 'conflicting or invalid report options (--standalone false with other --format values)', fix: 'use --standalone false alone (fragments only) or --format' },
  { code: 'TC1020', meaning: 'baseline, diff or merge got the wrong paths or subcommand', fix: 'see `theorycheck <command> --help`' },
  { code: 'TC1040', meaning: 'lie/liegg: a --generators or --data file cannot be read, is not valid JSON, or has the wrong structure (ragged, non-square, NaN, bad "p/q")', fix: 'see `theorycheck lie --help` / `theorycheck liegg --help`' },
  { code: 'TC1041', meaning: 'liegg: the model cannot be loaded as a tfjs LayersModel', fix: 'pass the model.json written by model.save(...) with its weights files next to it' },
  { code: 'TC1060', meaning: 'metrics: an unreadable .npy file (magic, version, dtype, Fortran order, shape or size)', fix: 'save with numpy.save as float32, float64 or int, C order' },
  { code: 'TC1061', meaning: 'metrics: a malformed JSON matrix (not JSON, not an array of rows, ragged, empty)', fix: 'give an array of equal-length rows, one per sample' },
  { code: 'TC1062', meaning: 'metrics: a value that is not a finite number', fix: 'fix the row and column named' },
  { code: 'TC1063', meaning: 'metrics: codes and factors have different row counts, or fewer than 2 rows', fix: 'give one row per sample in both files' },
  { code: 'TC1064', meaning: 'metrics: unknown metric name', fix: 'see `theorycheck metrics --help` for the names' },
  { code: 'TC1065', meaning: 'metrics: a file cannot be read', fix: 'check the path' },
  { code: 'TC1070', meaning: 'shatter: the points file is not valid JSON', fix: 'give a JSON array of points, or an object with a "points" array' },
  { code: 'TC1071', meaning: 'shatter: the points file is not an array of points', fix: 'give a JSON array of points, or an object with a "points" array' },
  { code: 'TC1072', meaning: 'shatter: too few or too many points', fix: 'give between the minimum named and 20 points (2^n labelings are enumerated)' },
  { code: 'TC1073', meaning: 'shatter: a point value is not a finite number', fix: 'fix the entry at the JSON path named' },
  { code: 'TC1074', meaning: 'shatter: points of different dimensions, or the wrong dimension for the family', fix: 'make every point the same length, as the family needs' },
  { code: 'TC1075', meaning: 'shatter: an unexpected positional argument', fix: 'see `theorycheck shatter --help`' },
  { code: 'TC1076', meaning: 'shatter: missing or unknown --family, or missing --points', fix: 'see `theorycheck shatter --help` for the families' },
  { code: 'TC1077', meaning: 'shatter: the points file cannot be read', fix: 'check the path' },
  { code: 'TC1078', meaning: 'shatter: kernel values do not fit the group size of the functions', fix: 'give one kernel value per group element' },
  { code: 'TC1079', meaning: 'shatter: a numeric option is not a positive integer or a list of numbers', fix: 'see `theorycheck shatter --help`' },
  { code: 'TC1080', meaning: 'invariance: the model file is unreadable, not JSON, or not a tfjs LayersModel', fix: 'pass the model.json written by model.save(...) with its weights next to it' },
  { code: 'TC1081', meaning: 'invariance: the --data file is unreadable, not JSON, or not an array of images', fix: 'give a JSON array of H x H (or H x H x C) images' },
  { code: 'TC1082', meaning: 'invariance: images are ragged or not square', fix: 'give square images of one size' },
  { code: 'TC1083', meaning: 'invariance: a pixel value is not a finite number', fix: 'fix the image and pixel named' },
  { code: 'TC1084', meaning: "invariance: the model's input or output shape does not fit the data", fix: 'give images of the size the model expects' },
  { code: 'TC1085', meaning: 'invariance: bad usage (missing --model or --data, unknown --group, image too large)', fix: 'see `theorycheck invariance --help`' },
  { code: 'TC2001', meaning: 'two claims share an id', fix: 'ids are unique and stable; rename the new claim' },
  { code: 'TC2002', meaning: 'a claim definition is malformed (id syntax, empty statement, tolerance without reason, duplicate case name)', fix: 'fix the claim file' },
  { code: 'TC3001', meaning: 'a value is not an exact rational (NaN, infinity, malformed "p/q", zero denominator)', fix: 'give integers, finite decimals or "p/q" strings' },
  { code: 'TC3002', meaning: 'matrix or vector shapes do not fit', fix: 'check the dimensions named in the message' },
  { code: 'TC3003', meaning: 'an expression does not parse', fix: 'check the expression at the position named' },
  { code: 'TC3004', meaning: 'an expression has no exact rational value (free symbols, irrationals)', fix: 'bind every symbol or use the float evaluation' },
  { code: 'TC3005', meaning: 'a symbolic operation failed in the CAS', fix: 'see the message; report it if the input is valid' },
  { code: 'TC4001', meaning: "a claim's own code threw while running a case", fix: 'a bug in the claim: the message names it' },
  { code: 'TC5001', meaning: 'no tfjs backend could be initialised', fix: 'reinstall dependencies; `theorycheck backends` shows each probe' },
  { code: 'TC6002', meaning: "a claim's plots() threw", fix: 'a bug in the claim: the message names it' },
  { code: 'TC6003', meaning: 'a baseline (or results) file for diff cannot be read or is not valid JSON', fix: 'check the path; create a baseline with `theorycheck baseline save`' },
  { code: 'TC6004', meaning: 'a JSON file is neither a baseline (schema version 1) nor a results.json', fix: 'use files written by `theorycheck baseline save` or `theorycheck run`' },
  { code: 'TC6005', meaning: 'a baseline from an interrupted run or from one shard only', fix: 'finish the run with --resume, or `theorycheck merge` the shards first' },
];
