/**
 * `{BucketName}` placeholders in shell commands and scripts: each names an
 * output that an earlier lookup step of the same workflow reads. The value
 * reaches the shell through `env:` and the placeholder becomes `"${Name}"`,
 * so a doc never puts an expression into `run:`.
 */

/** A placeholder found in shell text. */
export interface Placeholder {
  name: string;
  /** Offset of `{` in the text. */
  start: number;
  end: number;
  quote: 'none' | 'double' | 'single';
}

/** PascalCase names in braces, not `${…}` (a shell variable) and not inside `$(…)` arithmetic. */
const NAME = /^\{([A-Z][A-Za-z0-9]*)\}/;

/** Every placeholder in `text`, with the quoting it sits in. */
export function findPlaceholders(text: string): Placeholder[] {
  const out: Placeholder[] = [];
  let quote: Placeholder['quote'] = 'none';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\\' && quote !== 'single') {
      i++;
      continue;
    }
    if (ch === "'" && quote !== 'double') quote = quote === 'single' ? 'none' : 'single';
    else if (ch === '"' && quote !== 'single') quote = quote === 'double' ? 'none' : 'double';
    else if (ch === '{' && text[i - 1] !== '$') {
      const m = NAME.exec(text.slice(i));
      if (m) out.push({ name: m[1]!, start: i, end: i + m[0].length, quote });
    }
  }
  return out;
}

/** `text` with each placeholder replaced by a quoted shell reference to its env var. */
export function wirePlaceholders(text: string): string {
  let out = '';
  let at = 0;
  for (const p of findPlaceholders(text)) {
    out += text.slice(at, p.start) + (p.quote === 'double' ? `\${${p.name}}` : `"\${${p.name}}"`);
    at = p.end;
  }
  return out + text.slice(at);
}
