/** Every rule id a doc can be reported under: the one registry, generators/diagnostics/rule-ids.ts. */
import { RULES } from '../../generators/diagnostics/rule-ids.js';

const entries = Object.entries(RULES);

/** Ids the parser (generators/model/build.ts and the step kinds) reports on docs; `unreadable-file` is reported while reading files. */
export const PARSE_IDS: readonly string[] = entries.filter(([id, info]) => info.reportedBy.includes('parse') && id !== 'unreadable-file').map(([id]) => id);

/** Ids docs/rules.md documents (those with an anchor), sorted. */
export const ALL_RULE_IDS: readonly string[] = entries.filter(([, info]) => info.anchor !== null).map(([id]) => id).sort();
