/**
 * A tiny well-formedness check for generated HTML/SVG (no DOM in Node): every element
 * that is opened is closed in order, void elements excepted, and no attribute value
 * holds a raw `<`. Returns the problems found (empty when the markup is balanced).
 */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

export function tagProblems(markup: string, opts: { html?: boolean } = {}): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  // Raw text of <style> is not markup.
  const text = markup.replace(/<style>[\s\S]*?<\/style>/g, '<style></style>');
  const re = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+(?:="[^"]*"|='[^']*')?)*)\s*(\/?)>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>|<\?[^>]*\?>|</g;
  for (const m of text.matchAll(re)) {
    const whole = m[0];
    if (whole.startsWith('<!') || whole.startsWith('<?')) continue;
    if (whole === '<') {
      problems.push(`stray '<' at ${m.index}: ${text.slice(m.index, m.index + 40)}`);
      continue;
    }
    const [, close, rawName = '', , selfClose] = m;
    const name = opts.html ? rawName.toLowerCase() : rawName;
    if (close) {
      const top = stack.pop();
      if (top !== name) problems.push(`</${name}> closes <${top ?? 'nothing'}> at ${m.index}`);
    } else if (!selfClose && !(opts.html && VOID.has(name))) {
      stack.push(name);
    }
  }
  if (stack.length) problems.push(`unclosed: ${stack.join(' > ')}`);
  return problems;
}
