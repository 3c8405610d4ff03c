import { describe, expect, it } from 'vitest';
import { Rng } from '../../../../src/core/rng.js';
import { uniformFactors } from '../../../../src/empirical/data/ground-truth-sets.js';
import type { Representation } from '../../../../src/empirical/data/ground-truth.js';
import { betaVae, betaVaeOnGroundTruth } from '../../../../src/empirical/disentanglement/betavae.js';
import { factorVae, factorVaeOnGroundTruth } from '../../../../src/empirical/disentanglement/factorvae.js';
import { empiricalSampler, generateBatchFactorCode } from '../../../../src/empirical/disentanglement/sampling.js';

const identity: Representation = (f) => f.map((c) => Float64Array.from(c));
const rotation = (deg: number): Representation => (f) => {
  const t = (deg * Math.PI) / 180;
  const n = f[0]!.length;
  const a = Float64Array.from({ length: n }, (_, i) => f[0]![i]! - 4.5);
  const b = Float64Array.from({ length: n }, (_, i) => f[1]![i]! - 4.5);
  return [a.map((v, i) => Math.cos(t) * v - Math.sin(t) * b[i]!), a.map((v, i) => Math.sin(t) * v + Math.cos(t) * b[i]!)];
};
const small = { batchSize: 64, numTrain: 300, numEval: 200 };
const data = uniformFactors([10, 10]);

describe('BetaVAE and FactorVAE', () => {
  it('should score 1 on the identity code and on a 40-degree rotation (the P2 failure)', () => {
    expect(betaVaeOnGroundTruth(data, identity, new Rng(1), small).score).toBe(1);
    expect(factorVaeOnGroundTruth(data, identity, new Rng(1), small).score).toBe(1);
    expect(betaVaeOnGroundTruth(data, rotation(40), new Rng(2), small).score).toBeGreaterThan(0.97);
    expect(factorVaeOnGroundTruth(data, rotation(40), new Rng(2), small).score).toBeGreaterThan(0.97);
  });

  it('should fall to about chance at exactly 45 degrees', () => {
    expect(betaVaeOnGroundTruth(data, rotation(45), new Rng(3), small).score).toBeLessThan(0.7);
    expect(factorVaeOnGroundTruth(data, rotation(45), new Rng(3), small).score).toBeLessThan(0.7);
  });

  it('FactorVAE: 0 with every code pruned (constant codes), never NaN', () => {
    const zeros: Representation = (f) => [new Float64Array(f[0]!.length)];
    expect(factorVaeOnGroundTruth(data, zeros, new Rng(4), small)).toMatchObject({ score: 0, numActive: 0 });
  });

  it('should work from given arrays through the empirical sampler', () => {
    const sampled = generateBatchFactorCode(data, identity, 3000, new Rng(5), 16);
    const sampler = empiricalSampler(sampled);
    expect(betaVae(sampler, new Rng(6), small).score).toBe(1);
    expect(factorVae(sampler, new Rng(6), small).score).toBe(1);
  });

  it('should be deterministic for a seed', () => {
    const a = betaVaeOnGroundTruth(data, rotation(20), new Rng(9), small);
    const b = betaVaeOnGroundTruth(data, rotation(20), new Rng(9), small);
    expect(a).toEqual(b);
  });
});
