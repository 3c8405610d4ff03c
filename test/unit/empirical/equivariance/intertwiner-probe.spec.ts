import { describe, expect, it } from 'vitest';
import { commutationGap, mlpForwardFloat32, residualFloat32 } from '../../../../src/empirical/equivariance/intertwiner-probe.js';
import { useWasm } from '../../../helpers/run-claim.js';

const X = [[0.5, -1, 2, -0.3], [1, 0.3, -0.7, 2]];

describe('float32 intertwining probes', () => {
  it('should find zero gap for a positive monomial under ReLU and a residual for a sign flip', async () => {
    await useWasm();
    expect(commutationGap({ kind: 'relu' }, [[0, 2], [0.5, 0]], [[0, 2], [0.5, 0]], X).maxAbs).toBe(0);
    expect(residualFloat32({ kind: 'relu' }, [[-1, 0], [0, 1]], X)).toBeGreaterThan(0.05);
  });

  it('should run an MLP with columns as samples', async () => {
    await useWasm();
    const out = mlpForwardFloat32([[[1, -1]], [[2]]], [[0], [1]], { kind: 'relu' }, X);
    expect(out.hidden[0]![0]).toEqual([0, 0, 2.7, 0].map((v) => Math.fround(v)));
    expect(out.out[0]).toEqual([1, 1, 1 + 2 * Math.fround(2.7), 1]);
  });
});
