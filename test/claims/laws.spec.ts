import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { ALL_CLAIMS, defaultRegistry } from '../../proofs-checks/index.js';
import { CLAIM_ID_PATTERN } from '../../src/core/claim.js';
import { evaluateCase } from '../../src/core/evaluate.js';
import { createTheoryContext } from '../../src/theory/context.js';
import { useWasm } from '../helpers/run-claim.js';

/** Law kit: generic properties every registered claim must have. */
function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? testFiles(p) : p.endsWith('.spec.ts') && !p.endsWith('laws.spec.ts') ? [p] : [];
  });
}
const claimTests = testFiles(join(import.meta.dirname, '.')).map((p) => readFileSync(p, 'utf8')).join('\n');
const render = (tex: string) => katex.renderToString(tex, { throwOnError: true, displayMode: true, strict: 'error' });

describe('every registered claim', () => {
  it('should have a unique, well-formed id', () => {
    expect(() => defaultRegistry()).not.toThrow();
    for (const c of ALL_CLAIMS) expect(CLAIM_ID_PATTERN.test(c.id), c.id).toBe(true);
  });

  describe.each(ALL_CLAIMS.map((c) => [c.id, c] as const))('%s', (id, claim) => {
    it('should render its statement and hypotheses under KaTeX with errors on', () => {
      expect(() => render(claim.statement)).not.toThrow();
      for (const h of claim.hypotheses ?? []) expect(() => render(h), h).not.toThrow();
    });

    it('should have a test of its own that names it', () => {
      expect(claimTests.includes(`'${id}'`), `no spec under test/claims names '${id}'`).toBe(true);
    });

    it('should state its source, title and tolerance reason', () => {
      expect(claim.source.paper.length).toBeGreaterThan(3);
      expect(claim.title.length).toBeGreaterThan(10);
      expect(claim.tolerance.reason.length).toBeGreaterThan(10);
    });

    it('should be deterministic for a seed, render its derivation, and leak no tensors', async () => {
      await useWasm();
      const first = claim.cases[0];
      expect(first, 'a claim needs at least one named case').toBeDefined();
      const opts = { budget: 'quick' as const, seed: 42, backend: tf.getBackend(), theory: createTheoryContext(), log: () => {} };
      const before = tf.memory().numTensors;
      const a = await evaluateCase(claim, first!.params, opts, first!.name);
      const after = tf.memory().numTensors;
      const b = await evaluateCase(claim, first!.params, opts, first!.name);
      expect(a.error).toBeUndefined();
      expect(after).toBe(before);
      expect(b.record.summary).toEqual(a.record.summary);
      expect(b.record.verdict).toEqual(a.record.verdict);
      for (const s of a.record.steps ?? []) expect(() => render(s.latex), s.latex).not.toThrow();
    });
  });
});
