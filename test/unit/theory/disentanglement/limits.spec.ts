import { describe, expect, it } from 'vitest';
import { allSameFactorSpec, diagDominantSpec, identitySpec, rotationSpec, thresholdXorSpec } from '../../../../src/theory/disentanglement/catalogue.js';
import { dcimigP1Slack, independentMiBound } from '../../../../src/theory/disentanglement/estimation.js';
import { betaVaeLimit, factorVaeLimit } from '../../../../src/theory/disentanglement/intervention-limits.js';
import { irsLimit } from '../../../../src/theory/disentanglement/irs-limit.js';
import { classLabel, DEFINITIONS_TEX, isDisentangled, isStrictlyDisentangled, pairwiseHiddenCodes } from '../../../../src/theory/disentanglement/properties.js';
import { analyzeStructure } from '../../../../src/theory/disentanglement/structure.js';
import { duplicatedSpec, xorSpec, zerosSpec } from '../../../../src/theory/disentanglement/catalogue.js';

describe('large-sample limits', () => {
  it('FactorVAE: 1 below 45 degrees and for a diagonal-dominant mixing, 1/2 at the 45-degree tie', () => {
    expect(factorVaeLimit(rotationSpec([10, 10], 40)).accuracy).toBeCloseTo(1, 12);
    expect(factorVaeLimit(diagDominantSpec([3, 6, 10, 8], 0.5)).accuracy).toBeCloseTo(1, 12);
    expect(factorVaeLimit(rotationSpec([10, 10], 45)).accuracy).toBeCloseTo(0.5, 12);
    expect(factorVaeLimit(zerosSpec([3, 3])).accuracy).toBe(0);
  });

  it('BetaVAE: distinct class means below 45 degrees, coinciding at 45', () => {
    expect(betaVaeLimit(rotationSpec([10, 10], 40))).toMatchObject({ accuracy: 1 });
    expect(betaVaeLimit(rotationSpec([10, 10], 40)).minDistance).toBeGreaterThan(0.1);
    expect(betaVaeLimit(rotationSpec([10, 10], 45)).accuracy).toBe(0.5);
  });

  it('IRS: cos t/(cos t + sin t) for a rotation, 1 for copies of one factor, negative for threshold XOR', () => {
    const t = (5 * Math.PI) / 180;
    expect(irsLimit(rotationSpec([10, 10], 5))).toBeCloseTo(Math.cos(t) / (Math.cos(t) + Math.sin(t)), 10);
    expect(irsLimit(allSameFactorSpec([3, 6]))).toBeCloseTo(1, 12);
    expect(irsLimit(thresholdXorSpec())!).toBeLessThan(0);
    expect(irsLimit({ factorSizes: [2], codes: [{ kind: 'noise', scale: 1 }] })).toBeNull();
  });

  it('the χ² slack shrinks like 1/N and vanishes for a single factor', () => {
    expect(independentMiBound(10, 10, 10000)).toBeCloseTo((81 + 6 * Math.sqrt(162) + 12) / 20000, 15);
    expect(dcimigP1Slack([3, 6], [Math.log(3), Math.log(6)], 20000)).toBeCloseTo(dcimigP1Slack([3, 6], [Math.log(3), Math.log(6)], 10000) / 2, 15);
    expect(dcimigP1Slack([3], [Math.log(3)], 100)).toBe(0);
  });
});

describe('definitions', () => {
  it('should classify the catalogue', () => {
    const cls = (s: Parameters<typeof analyzeStructure>[0]) => classLabel(analyzeStructure(s), s.factorSizes.length);
    expect(cls(identitySpec([3, 4]))).toBe('disentangled (strict)');
    expect(cls(duplicatedSpec([3, 4]))).toBe('disentangled (redundant)');
    expect(cls(rotationSpec([4, 4], 30))).toBe('entangled');
    expect(cls(xorSpec())).toBe('pairwise-hidden (XOR)');
    expect(cls(allSameFactorSpec([3, 4]))).toBe('neither (degenerate)');
    expect(isStrictlyDisentangled(analyzeStructure(duplicatedSpec([3, 4])), 2)).toBe(false);
    expect(isDisentangled(analyzeStructure(zerosSpec([2])), 1)).toBe(false);
    expect(pairwiseHiddenCodes(analyzeStructure(xorSpec()))).toEqual([0]);
    expect(Object.keys(DEFINITIONS_TEX)).toContain('p2');
  });
});

describe('P1 and P2 as predicates', () => {
  it('should be vacuous off their class and strict on it', async () => {
    const { p1Holds, p2Holds } = await import('../../../../src/theory/disentanglement/properties.js');
    expect(p1Holds(false, 0)).toBe(true);
    expect(p1Holds(true, 0.999, 0.002)).toBe(true);
    expect(p1Holds(true, 0.99, 0.002)).toBe(false);
    expect(p2Holds(false, false, 1)).toBe(true);
    expect(p2Holds(true, false, 0.95)).toBe(true);
    expect(p2Holds(true, false, 1)).toBe(false);
    expect(p2Holds(true, true, 0.5)).toBe(false);
    expect(p2Holds(true, true, 0.1)).toBe(true);
  });
});
