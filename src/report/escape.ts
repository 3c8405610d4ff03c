/**
 * Escaping of untrusted text (claim titles, params text, reasons, file names, user JSON)
 * for HTML/SVG and for LaTeX. Every text field that reaches a report goes through here.
 *
 * The LaTeX side targets pdflatex with the default OT1 font encoding and utf8 inputenc
 * (Type 1 Computer Modern, no bitmap fonts): Latin letters with accents, dashes and
 * quotes pass through; Greek and mathematical symbols become `\ensuremath{...}`;
 * anything else becomes a visible `[U+XXXX]`, so no input can stop the compilation.
 */

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escape text for HTML/SVG element content and (double- or single-quoted) attributes. */
export function escapeHtml(text: string): string {
  // Characters that XML 1.0 forbids (an inline SVG must stay well-formed).
  return String(text)
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '\uFFFD')
    .replace(/[&<>"']/g, (c) => HTML[c] ?? c);
}

/** Unicode symbols and their math-mode LaTeX (amsmath/amssymb). */
const MATH: Record<string, string> = {
  α: '\\alpha', β: '\\beta', γ: '\\gamma', δ: '\\delta', ε: '\\varepsilon', ϵ: '\\epsilon', ζ: '\\zeta',
  η: '\\eta', θ: '\\theta', ϑ: '\\vartheta', ι: '\\iota', κ: '\\kappa', λ: '\\lambda', μ: '\\mu', µ: '\\mu',
  ν: '\\nu', ξ: '\\xi', ο: 'o', π: '\\pi', ϖ: '\\varpi', ρ: '\\rho', ϱ: '\\varrho', σ: '\\sigma',
  ς: '\\varsigma', τ: '\\tau', υ: '\\upsilon', φ: '\\varphi', ϕ: '\\phi', χ: '\\chi', ψ: '\\psi', ω: '\\omega',
  Γ: '\\Gamma', Δ: '\\Delta', Θ: '\\Theta', Λ: '\\Lambda', Ξ: '\\Xi', Π: '\\Pi', Σ: '\\Sigma',
  Υ: '\\Upsilon', Φ: '\\Phi', Ψ: '\\Psi', Ω: '\\Omega',
  '≤': '\\le', '≥': '\\ge', '≠': '\\ne', '≈': '\\approx', '≡': '\\equiv', '∼': '\\sim', '≃': '\\simeq',
  '≅': '\\cong', '∝': '\\propto', '±': '\\pm', '∓': '\\mp', '×': '\\times', '÷': '\\div', '·': '\\cdot',
  '⋅': '\\cdot', '∗': '\\ast', '∘': '\\circ', '⊗': '\\otimes', '⊕': '\\oplus', '¬': '\\neg', '°': '^{\\circ}',
  '¹': '^{1}', '²': '^{2}', '³': '^{3}', '∞': '\\infty', '∑': '\\sum', '∏': '\\prod', '∫': '\\int',
  '√': '\\surd', '∂': '\\partial', '∇': '\\nabla', '∈': '\\in', '∉': '\\notin', '∋': '\\ni',
  '⊂': '\\subset', '⊆': '\\subseteq', '⊃': '\\supset', '⊇': '\\supseteq', '∪': '\\cup', '∩': '\\cap',
  '∅': '\\emptyset', '∀': '\\forall', '∃': '\\exists', '∧': '\\wedge', '∨': '\\vee', '→': '\\to',
  '←': '\\leftarrow', '↔': '\\leftrightarrow', '⇒': '\\Rightarrow', '⇐': '\\Leftarrow',
  '⇔': '\\Leftrightarrow', '↦': '\\mapsto', '⟨': '\\langle', '⟩': '\\rangle', '‖': '\\|', '∣': '\\mid',
  '⌈': '\\lceil', '⌉': '\\rceil', '⌊': '\\lfloor', '⌋': '\\rfloor', '⊤': '\\top', '⊥': '\\perp',
  '≪': '\\ll', '≫': '\\gg', '′': '\\prime', '−': '-', '∖': '\\setminus', '•': '\\bullet',
  '†': '\\dagger', '‡': '\\ddagger', ℝ: '\\mathbb{R}', ℕ: '\\mathbb{N}', ℤ: '\\mathbb{Z}',
  ℚ: '\\mathbb{Q}', ℂ: '\\mathbb{C}', ℓ: '\\ell', '⋯': '\\cdots', '⋮': '\\vdots', '≺': '\\prec', '≻': '\\succ',
};

/** Non-ASCII characters that utf8 inputenc typesets in OT1 text (besides Latin letters). */
const TEXT_OK = new Set([...'–—‘’‚“”„…']);
const TEXT_MAP: Record<string, string> = {
  '\u00A0': '~', '\u2009': '\\,', '\u202F': '\\,', '\u2011': '-', '\u2010': '-', '\u200B': '', '€': 'EUR',
  '‹': '<', '›': '>', '«': '<<', '»': '>>', '\uFEFF': '', '§': '\\ensuremath{\\mathsection}', '¶': '\\ensuremath{\\mathparagraph}',
};
const ASCII_TEXT: Record<string, string> = {
  '\\': '\\textbackslash{}', '{': '\\{', '}': '\\}', $: '\\ensuremath{\\mathdollar}', '&': '\\&', '#': '\\#', '%': '\\%',
  _: '\\_', '^': '\\textasciicircum{}', '~': '\\textasciitilde{}', '<': '\\textless{}',
  '>': '\\textgreater{}', '|': '\\textbar{}', '"': "''",
  // Break the ?` and !` ligatures (¿ ¡) and `` (“).
  '`': '{}`',
};
/** In `\texttt` the cmtt font has the ASCII glyphs at their code points. */
const ASCII_TT: Record<string, string> = {
  '\\': '\\char92{}', '{': '\\char123{}', '}': '\\char125{}', $: '\\char36{}', '&': '\\&', '#': '\\#',
  '%': '\\%', _: '\\char95{}', '^': '\\char94{}', '~': '\\char126{}', '"': '\\char34{}',
};

function isLatinLetter(cp: number): boolean {
  // Latin-1 letters and Latin Extended-A: utf8 inputenc builds them from OT1 accents.
  return (cp >= 0xc0 && cp <= 0x17f && cp !== 0xd7 && cp !== 0xf7);
}

function latexChar(ch: string, ascii: Record<string, string>): string {
  const a = ascii[ch];
  if (a !== undefined) return a;
  const cp = ch.codePointAt(0) ?? 0;
  if (cp < 0x80) {
    if (cp === 0x09 || cp === 0x0a || cp === 0x0d) return ' ';
    return cp < 0x20 || cp === 0x7f ? '' : ch;
  }
  const m = MATH[ch];
  if (m !== undefined) return `\\ensuremath{${m}}`;
  const t = TEXT_MAP[ch];
  if (t !== undefined) return t;
  if (TEXT_OK.has(ch) || isLatinLetter(cp)) return ch;
  return `[U+${cp.toString(16).toUpperCase().padStart(4, '0')}]`;
}

function escapeWith(text: string, ascii: Record<string, string>, breakable: boolean): string {
  let out = '';
  for (const ch of String(text).replace(/\s+/g, ' ')) {
    out += latexChar(ch, ascii);
    if (breakable && /[,;:/=\]})]/.test(ch)) out += '\\allowbreak{}';
  }
  // `--` and `---` would become dashes in text fonts.
  return ascii === ASCII_TEXT ? out.replace(/-(?=-)/g, '-{}') : out;
}

/**
 * Escape text for LaTeX text mode: `\ { } $ & # ^ _ % ~ < > |` and every non-ASCII
 * character that OT1 cannot typeset. Whitespace (including newlines) collapses to one
 * space, so the result is safe inside `\section{}`, table cells and `\texttt{}`.
 */
export function escapeLatex(text: string): string {
  return escapeWith(text, ASCII_TEXT, false);
}

/** {@link escapeLatex} with line-break opportunities after `, ; : / = ] } )`. */
export function escapeLatexBreakable(text: string): string {
  return escapeWith(text, ASCII_TEXT, true);
}

/**
 * Escape text for use inside `\texttt{}` (commands, JSON): typewriter glyphs for ASCII
 * punctuation, with break opportunities so that long commands wrap instead of overflowing.
 */
export function escapeLatexTt(text: string): string {
  return escapeWith(text, ASCII_TT, true);
}

/**
 * Make a LaTeX *math* string safe for pdflatex: Unicode symbols that KaTeX accepts but
 * pdflatex does not (α, ≤, ℝ, ...) become `\ensuremath{macro}` (valid inside `\text{}`
 * too); other non-ASCII characters go into `\text{}`. ASCII is left untouched.
 */
export function latexMathUnicode(tex: string): string {
  let out = '';
  for (const ch of tex) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) out += cp < 0x20 && cp !== 0x0a && cp !== 0x09 ? ' ' : ch;
    else {
      const m = MATH[ch];
      out += m !== undefined ? `\\ensuremath{${m}}` : `\\text{${latexChar(ch, ASCII_TEXT)}}`;
    }
  }
  return out;
}
