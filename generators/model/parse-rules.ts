/**
 * The ids the parser and the step kinds report while reading a doc (the
 * check rules have their own registry in check/registry.ts). Typed, so a new
 * parse-level id cannot be reported without being listed (and documented in
 * docs/rules.md, which a test enforces).
 */
export const PARSE_RULE_IDS = [
  'not-a-component',
  'unreadable-file',
  'missing-title',
  'duplicate-section',
  'invalid-front-matter',
  'unexpected-content',
  'unknown-subsection',
  'malformed-entry',
  'unsupported-script-language',
  'unsupported-command-syntax',
  'missing-stack',
  'parameter-without-source',
  'invalid-step-option',
  'unknown-placeholder',
] as const;

/** A parse-level rule id. */
export type ParseRuleId = (typeof PARSE_RULE_IDS)[number];
