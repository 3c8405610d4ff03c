import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { INVARIANCE_FORMULAS, ratioRuleSteps, texNumber } from '../../../../src/theory/invariance/formulas.js';

const render = (tex: string) => katex.renderToString(tex, { throwOnError: true, displayMode: true, strict: 'error' });

describe('invariance formulas for the report', () => {
  it('should render every metric formula and say which definitions are ours', () => {
    for (const [name, f] of Object.entries(INVARIANCE_FORMULAS)) {
      expect(() => render(f.latex), name).not.toThrow();
      expect(f.note.length).toBeGreaterThan(20);
    }
    expect(INVARIANCE_FORMULAS.lie.ours).toBe(true);
    expect(INVARIANCE_FORMULAS.agreement.ours).toBe(false);
  });

  it('should write numbers and decision rules that KaTeX renders', () => {
    expect(texNumber(12.345)).toBe('12.3');
    expect(texNumber(2.5e-8)).toBe('2.50\\times 10^{-8}');
    expect(texNumber(0)).toBe('0');
    expect(texNumber(NaN)).toBe('\\text{n/a}');
    for (const dir of ['at-least', 'below'] as const) {
      const steps = ratioRuleSteps('r', 0.95, 5, dir, [{ seeds: 3, t: 2.92 }, { seeds: 5, t: 2.13 }]);
      expect(steps.length).toBe(2);
      for (const s of steps) expect(() => render(s.latex), s.latex).not.toThrow();
    }
  });
});
