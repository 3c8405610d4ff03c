import { describe, expect, it } from 'vitest';
import { canonicalLabels, classCount, disagreements, partitionFromKeys, refines, samePartition, separatedPairs } from '../../../../src/theory/equivariance/partition.js';

describe('partitions', () => {
  it('should label by first occurrence and compare up to relabelling', () => {
    expect(partitionFromKeys(['b', 'a', 'b', 'c'])).toEqual([0, 1, 0, 2]);
    expect(canonicalLabels([7, 3, 7])).toEqual([0, 1, 0]);
    expect(samePartition([0, 1, 0], [5, 2, 5])).toBe(true);
    expect(samePartition([0, 1, 0], [0, 0, 0])).toBe(false);
    expect(classCount([3, 3, 1])).toBe(2);
  });

  it('should decide refinement and count separated pairs', () => {
    expect(refines([0, 1, 2], [0, 0, 1])).toBe(true);
    expect(refines([0, 0, 1], [0, 1, 1])).toBe(false);
    expect(separatedPairs([0, 0, 1])).toEqual([[0, 2], [1, 2]]);
    expect(disagreements([0, 0, 1], [0, 1, 1])).toBe(2);
  });
});
