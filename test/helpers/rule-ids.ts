/** Every rule id a doc can be reported under: the check registry plus the parser's own. */
import { rules } from '../../generators/check/registry.js';
import { PARSE_RULE_IDS } from '../../generators/model/parse-rules.js';

/** Ids the parser (generators/model/build.ts and the step kinds) reports: the typed list in the source. */
export const PARSE_IDS: readonly string[] = PARSE_RULE_IDS.filter((id) => id !== 'unreadable-file' && id !== 'invalid-doc-name');

/** Registry and parse-level ids, sorted, without duplicates. */
export const ALL_RULE_IDS: readonly string[] = [...new Set([...rules.map((r) => r.id), ...PARSE_IDS])].sort();
