/**
 * Workflow values (`${{ secrets.X }}`, `https://${{ vars.D }}`, `eu-west-1`)
 * as docs and config write them: a doc source (`from secrets.X`,
 * `` from `https://` + vars.D ``, `` value: `eu-west-1` ``) or a config value
 * source (`{ secret: X }`, `{ template: "https://{vars.D}" }`). A value that
 * reads a context docs may not name has neither.
 */
import type { ValueSource } from '../config/types.js';

/** The contexts a doc source may read (docs/FORMAT.md#parameter-sources). */
const SOURCE_PATH = /^(?:(?:vars|secrets|inputs|env)\.[A-Za-z_][A-Za-z0-9_-]*|steps\.[A-Za-z_][\w-]*\.outputs\.[A-Za-z_][\w-]*)$/;

/** A value split into literal text and expressions, in order. */
type Piece = { text: string } | { expression: string };

export function pieces(value: string): Piece[] | null {
  const out: Piece[] = [];
  let rest = value;
  while (rest) {
    const at = rest.indexOf('${{');
    if (at < 0) {
      out.push({ text: rest });
      break;
    }
    if (at > 0) out.push({ text: rest.slice(0, at) });
    const end = rest.indexOf('}}', at);
    if (end < 0) return null;
    out.push({ expression: rest.slice(at + 3, end).trim() });
    rest = rest.slice(end + 2);
  }
  return out;
}

/** A whole `${{ … }}` value's expression, or null. */
export function onlyExpression(value: string): string | null {
  const p = pieces(value.trim());
  return p && p.length === 1 && 'expression' in p[0]! ? p[0].expression : null;
}

/** The text inside a doc source's parentheses, or null. */
export function docSource(value: string): string | null {
  const p = pieces(value);
  if (!p) return null;
  if (p.every((x) => 'text' in x)) return value.includes('`') || /\r?\n/.test(value) ? null : `value: \`${value}\``;
  const parts: string[] = [];
  for (const x of p) {
    if ('expression' in x) {
      if (!SOURCE_PATH.test(x.expression)) return null;
      parts.push(x.expression);
    } else {
      if (x.text.includes('`') || /\r?\n/.test(x.text)) return null;
      parts.push(`\`${x.text}\``);
    }
  }
  return `from ${parts.join(' + ')}`;
}

/** The same value as a config value source, or null. */
export function valueSource(value: string): ValueSource | null {
  const p = pieces(value);
  if (!p) return null;
  if (p.every((x) => 'text' in x)) return { value };
  const only = onlyExpression(value);
  const m = only ? /^(secrets|vars|inputs)\.([A-Za-z_][A-Za-z0-9_-]*)$/.exec(only) : null;
  if (m) return m[1] === 'secrets' ? { secret: m[2]! } : m[1] === 'vars' ? { var: m[2]! } : { input: m[2]! };
  if (p.some((x) => 'expression' in x && !/^(?:secrets|vars|inputs)\.[A-Za-z_][A-Za-z0-9_-]*$/.test(x.expression))) return null;
  return { template: p.map((x) => ('expression' in x ? `{${x.expression}}` : x.text)).join('') };
}

/** A condition without its `${{ }}`. */
export function bareCondition(value: string | boolean | undefined): string | null {
  if (value === undefined) return null;
  const text = String(value).trim();
  return onlyExpression(text) ?? text;
}

/** What a checkout `ref` may read besides secrets, variables and inputs (docs/config.md#per-component-overrides-front-matter). */
const GITHUB_REF = /^github\.(ref|ref_name|sha)$/;

/**
 * A value as a list of value sources of which the first that is set wins
 * (`${{ inputs.handbook_ref || github.ref_name }}`), or null. A single source
 * is a list of one.
 */
export function firstSetSources(value: string): ValueSource[] | null {
  const only = onlyExpression(value);
  if (only === null) {
    const single = valueSource(value);
    return single ? [single] : null;
  }
  const out: ValueSource[] = [];
  for (const part of only.split('||').map((p) => p.trim())) {
    const g = GITHUB_REF.exec(part);
    const source = g ? { github: g[1] as 'ref' | 'ref_name' | 'sha' } : valueSource(`\${{ ${part} }}`);
    if (!source || 'template' in source) return null;
    out.push(source);
  }
  return out;
}
