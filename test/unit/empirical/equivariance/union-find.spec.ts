import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { UnionFind } from '../../../../src/empirical/equivariance/union-find.js';

test.prop([fc.integer({ min: 1, max: 30 }).chain((n) => fc.tuple(fc.constant(n), fc.array(fc.tuple(fc.nat({ max: n - 1 }), fc.nat({ max: n - 1 })), { maxLength: 40 })))])(
  'union-find classes are the connected components of the unioned pairs',
  ([n, pairs]) => {
    const uf = new UnionFind(n);
    for (const [a, b] of pairs) uf.union(a, b);
    const labels = uf.labels();
    for (const [a, b] of pairs) expect(labels[a]).toBe(labels[b]);
    // brute-force components by repeated relaxation
    const comp = Array.from({ length: n }, (_, i) => i);
    for (let changed = true; changed; ) {
      changed = false;
      for (const [a, b] of pairs) {
        const m = Math.min(comp[a]!, comp[b]!);
        if (comp[a] !== m || comp[b] !== m) {
          comp[a] = m;
          comp[b] = m;
          changed = true;
        }
      }
    }
    expect(new Set(labels).size).toBe(new Set(comp).size);
  },
);
