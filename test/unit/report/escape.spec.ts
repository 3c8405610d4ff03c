import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeLatex, escapeLatexBreakable, escapeLatexTt, latexMathUnicode } from '../../../src/report/escape.js';

/** Braces balanced, ignoring escaped ones (\{ \}). */
function bracesBalanced(tex: string): boolean {
  let depth = 0;
  for (const m of tex.replace(/\\[{}]/g, '').matchAll(/[{}]/g)) {
    depth += m[0] === '{' ? 1 : -1;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/** Special characters of LaTeX text mode that appear without a backslash before them. */
function bareSpecials(tex: string): string[] {
  const stripped = tex.replace(/\\[a-zA-Z]+/g, '').replace(/\\[{}$&#%_ ,]/g, '').replace(/[{}]/g, '');
  return [...stripped.matchAll(/[\\$&#%^_~]/g)].map((m) => m[0]);
}

describe('escapeHtml', () => {
  it('escapes the five markup characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });

  it('leaves ordinary text and unicode alone, replaces XML-invalid control characters', () => {
    expect(escapeHtml('Sauer–Shelah: Σ ≤ (en/d)^d')).toBe('Sauer–Shelah: Σ ≤ (en/d)^d');
    expect(escapeHtml('a\u0000b\u0007c\td\n')).toBe('a\uFFFDb\uFFFDc\td\n');
  });

  it('never leaves a raw < > " or & behind (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const out = escapeHtml(s);
        expect(out).not.toMatch(/[<>"']/);
        expect(out.replace(/&(amp|lt|gt|quot|#39);/g, '')).not.toContain('&');
      }),
    );
  });
});

describe('escapeLatex', () => {
  it('escapes each text-mode special character', () => {
    expect(escapeLatex('\\')).toBe('\\textbackslash{}');
    expect(escapeLatex('{}')).toBe('\\{\\}');
    expect(escapeLatex('$&#%_')).toBe('\\ensuremath{\\mathdollar}\\&\\#\\%\\_');
    expect(escapeLatex('^~')).toBe('\\textasciicircum{}\\textasciitilde{}');
    expect(escapeLatex('<b>|')).toBe('\\textless{}b\\textgreater{}\\textbar{}');
  });

  it('keeps accents, dashes and quotes (utf8 inputenc handles them) and maps math symbols', () => {
    expect(escapeLatex('Sauer–Shelah — “é” ü')).toBe('Sauer–Shelah — “é” ü');
    expect(escapeLatex('Σ ≤ ∞ α')).toBe('\\ensuremath{\\Sigma} \\ensuremath{\\le} \\ensuremath{\\infty} \\ensuremath{\\alpha}');
    expect(escapeLatex('§3')).toBe('\\ensuremath{\\mathsection}3');
  });

  it('shows characters it cannot typeset as [U+XXXX] and collapses whitespace', () => {
    expect(escapeLatex('中 🙂')).toBe('[U+4E2D] [U+1F642]');
    expect(escapeLatex('a\n\n  b\tc')).toBe('a b c');
    expect(escapeLatex('x\u0001y')).toBe('xy');
  });

  it('stops -- from becoming a dash', () => {
    expect(escapeLatex('--seed')).toBe('-{}-seed');
  });

  it('leaves no bare special character and balanced braces (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        for (const out of [escapeLatex(s), escapeLatexBreakable(s)]) {
          expect(bareSpecials(out)).toEqual([]);
          expect(bracesBalanced(out)).toBe(true);
          expect(out).not.toMatch(/[\u0000-\u001f]/);
        }
      }),
    );
  });
});

describe('escapeLatexTt', () => {
  it('uses typewriter glyphs and adds break opportunities', () => {
    expect(escapeLatexTt('a_b{c}\\d')).toBe('a\\char95{}b\\char123{}c\\char125{}\\allowbreak{}\\char92{}d');
    expect(escapeLatexTt('[1,2]')).toBe('[1,\\allowbreak{}2]\\allowbreak{}');
  });

  it('balances braces and escapes specials for any input (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const out = escapeLatexTt(s);
        expect(bracesBalanced(out)).toBe(true);
        expect(bareSpecials(out)).toEqual([]);
      }),
    );
  });
});

describe('latexMathUnicode', () => {
  it('turns unicode math into macros and leaves ASCII LaTeX alone', () => {
    expect(latexMathUnicode('\\frac{a}{b} ≤ α²')).toBe('\\frac{a}{b} \\ensuremath{\\le} \\ensuremath{\\alpha}\\ensuremath{^{2}}');
    expect(latexMathUnicode('x ∈ ℝ')).toBe('x \\ensuremath{\\in} \\ensuremath{\\mathbb{R}}');
    expect(latexMathUnicode('\\text{café}')).toBe('\\text{caf\\text{é}}');
  });
});
