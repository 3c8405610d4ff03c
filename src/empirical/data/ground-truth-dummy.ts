import type { Rng } from '../../core/rng.js';
import { factorSpace, type GroundTruthData, type Representation } from './ground-truth.js';

/**
 * The reference representations of disentanglement_lib's own metric tests, and its
 * DummyData negative control: identity (codes = factor values), all-zeros, duplicated
 * ([f, f]) and codes that ignore the factors (pure noise observations).
 */

/** Codes = the factors' values (the library's `lambda x: x` on IdentityObservationsData). */
export function identityRepresentation(data: GroundTruthData): Representation {
  return (factors) =>
    factors.map((f, k) => {
      const values = data.factorValues[k] ?? [];
      const out = new Float64Array(f.length);
      for (let i = 0; i < f.length; i++) out[i] = values[f[i] as number] ?? (f[i] as number);
      return out;
    });
}

/** `width` codes that are always 0 (the library's `np.zeros_like`). */
export function constantRepresentation(width: number, value = 0): Representation {
  return (factors) => Array.from({ length: width }, () => new Float64Array(factors[0]?.length ?? 0).fill(value));
}

/** [rep, rep]: every code of `inner` twice (the library's `np.hstack((x, x))`). */
export function duplicatedRepresentation(inner: Representation): Representation {
  return (factors, rng) => {
    const codes = inner(factors, rng);
    return [...codes, ...codes.map((c) => Float64Array.from(c))];
  };
}

/**
 * The library's per-sample random permutation of the factor vector (its DCI and modularity
 * tests' "entangled" case): each sample's codes are its factor values in a random order.
 */
export function permutedRepresentation(data: GroundTruthData): Representation {
  const identity = identityRepresentation(data);
  return (factors, rng) => {
    const codes = identity(factors, rng);
    const n = factors[0]?.length ?? 0;
    const out = codes.map(() => new Float64Array(n));
    const order = codes.map((_, j) => j);
    for (let i = 0; i < n; i++) {
      rng.shuffle(order);
      order.forEach((src, j) => ((out[j] as Float64Array)[i] = (codes[src] as Float64Array)[i] as number));
    }
    return out;
  };
}

/** DummyData: 10 factors with 5 values whose observations are pure noise. */
export function dummyData(): GroundTruthData {
  return factorSpace('dummy', Array(10).fill(5));
}

/** Codes read from DummyData's observations: `width` uniform noise values per sample. */
export function noiseRepresentation(width: number): Representation {
  return (factors, rng: Rng) => {
    const n = factors[0]?.length ?? 0;
    return Array.from({ length: width }, () => {
      const out = new Float64Array(n);
      for (let i = 0; i < n; i++) out[i] = rng.next();
      return out;
    });
  };
}
