import { describe, expect, it } from 'vitest';
import { ClaimRegistry } from '../../../src/core/registry.js';
import { ClaimDefinitionError, UsageError } from '../../../src/core/errors.js';
import { brokenSquareBound, squaresNonNegative, squareWitness } from '../../fixtures/toy-claims.js';

describe('ClaimRegistry', () => {
  it('should throw on a duplicate id', () => {
    const reg = new ClaimRegistry([squaresNonNegative]);
    expect(() => reg.register(squaresNonNegative)).toThrow(ClaimDefinitionError);
  });

  it('should select by exact id and by glob, in registry order', () => {
    const reg = new ClaimRegistry([squaresNonNegative, brokenSquareBound, squareWitness]);
    expect(reg.select(['toy.square.witness']).map((c) => c.id)).toEqual(['toy.square.witness']);
    expect(reg.select(['toy.*']).map((c) => c.id)).toEqual(['toy.square.non-negative', 'toy.square.broken-bound', 'toy.square.witness']);
    expect(reg.select([]).length).toBe(3);
  });

  it('should reject an unknown id with a usage error naming it', () => {
    const reg = new ClaimRegistry([squaresNonNegative]);
    expect(() => reg.select(['no.such.claim'])).toThrow(UsageError);
    expect(() => reg.get('no.such.claim')).toThrow(/'no.such.claim'/);
  });

  it('should list by area', () => {
    const reg = new ClaimRegistry([squaresNonNegative]);
    expect(reg.areas()).toEqual(['toy']);
    expect(reg.list('vc')).toEqual([]);
  });
});
