/** Every rule id a doc can be reported under: the check registry plus the parser's own. */
import { rules } from '../../generators/check/registry.js';

/** Ids the parser (generators/model/build.ts and the step kinds) reports. */
export const PARSE_IDS: readonly string[] = [
  'not-a-component',
  'missing-title',
  'duplicate-section',
  'invalid-front-matter',
  'unexpected-content',
  'unknown-subsection',
  'malformed-entry',
  'unsupported-script-language',
  'missing-stack',
  'parameter-without-source',
];

/** Registry and parse-level ids, sorted, without duplicates. */
export const ALL_RULE_IDS: readonly string[] = [...new Set([...rules.map((r) => r.id), ...PARSE_IDS])].sort();
