/** Every rule id a doc can be reported under: the check registry plus the parser's own. */
import { rules } from '../../generators/check/registry.js';
import { INVALID_TEMPLATE } from '../../generators/cfn/template.js';
import { PARSE_RULE_IDS } from '../../generators/model/parse-rules.js';

/** Ids the parser (generators/model/build.ts and the step kinds) reports: the typed list in the source. */
export const PARSE_IDS: readonly string[] = PARSE_RULE_IDS.filter((id) => id !== 'unreadable-file');

/** Ids the CloudFormation template reader (generators/cfn) reports on templates. */
export const TEMPLATE_IDS: readonly string[] = [INVALID_TEMPLATE];

/** Registry, parse-level and template ids, sorted, without duplicates. */
export const ALL_RULE_IDS: readonly string[] = [...new Set([...rules.map((r) => r.id), ...PARSE_IDS, ...TEMPLATE_IDS])].sort();
