/**
 * Reads a `sam …` command written whole in backticks into its flags, so the
 * command phrasing and the prose phrasing of a step give the same params.
 */
import { parse } from 'shell-quote';

/** A command split into named options (last wins) and the remaining tokens. */
export interface ParsedCommand {
  options: Map<string, string[]>;
  /** Tokens not consumed as a known option, as written. */
  rest: string[];
}

/**
 * Splits `args` (the text after `sam build` etc.) into words; `valued` lists
 * the options that take values (long and short spellings), mapped to a
 * canonical name. A `$VAR` stays literal: this is read, never run.
 */
export function parseCommand(args: string, valued: Record<string, string>, multi: ReadonlySet<string> = new Set()): ParsedCommand {
  const words = parse(args, (name) => `$${name}`).map((w) => (typeof w === 'string' ? w : 'op' in w ? w.op : String(w)));
  const options = new Map<string, string[]>();
  const rest: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const [flag, inline] = word.startsWith('--') && word.includes('=') ? [word.slice(0, word.indexOf('=')), word.slice(word.indexOf('=') + 1)] : [word, undefined];
    const canonical = valued[flag];
    if (!canonical) {
      rest.push(word);
      continue;
    }
    const values: string[] = [];
    if (inline !== undefined) values.push(inline);
    else if (multi.has(canonical)) while (i + 1 < words.length && !words[i + 1]!.startsWith('-')) values.push(words[++i]!);
    else if (i + 1 < words.length) values.push(words[++i]!);
    options.set(canonical, [...(options.get(canonical) ?? []), ...values]);
  }
  return { options, rest };
}
