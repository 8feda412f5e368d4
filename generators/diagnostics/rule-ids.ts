/**
 * Every id a doc can be reported under, in one typed list: the parser's
 * problems, the step kinds' and the check rules'. Each id says how bad its
 * findings are, what they hold back from generation, and where docs/rules.md
 * documents it (a test checks the page against this list).
 */
import type { Phase } from '../model/types.js';
import type { Severity } from './diagnostic.js';

/**
 * What a finding holds back from generation:
 * - `nothing`: it fails `check`, but every file is still generated;
 * - `workflow`: the workflows its scope names (a doc's workflow for one
 *   phase, or all of the doc's workflows);
 * - `orchestrators`: those workflows, and the orchestrators and the DAG
 *   diagram, which need the whole dependency graph.
 */
export type HoldBack = 'nothing' | 'workflow' | 'orchestrators';

/** Who reports an id: the parser while it reads a doc, the CloudFormation template reader, or a check rule over the model. */
export type Stage = 'parse' | 'template' | 'check';

/** An id's metadata. */
export interface RuleInfo {
  severity: Severity;
  reportedBy: readonly Stage[];
  holdsBack: HoldBack;
  /** The `docs/rules.md` anchor; null for an id no doc example can produce. */
  anchor: string | null;
}

function info(severity: Severity, reportedBy: readonly Stage[], holdsBack: HoldBack, anchor: string | null): RuleInfo {
  return { severity, reportedBy, holdsBack, anchor };
}

const P = ['parse'] as const;
const C = ['check'] as const;
const PC = ['parse', 'check'] as const;
const T = ['template'] as const;

/** The registry, in the order docs/rules.md lists the ids. */
export const RULES = {
  'not-a-component': info('info', P, 'nothing', 'not-a-component'),
  'unreadable-file': info('error', P, 'nothing', null),
  'invalid-doc-name': info('error', P, 'nothing', null),
  'missing-title': info('error', P, 'workflow', 'missing-title'),
  'title-mismatch': info('error', C, 'workflow', 'title-mismatch'),
  'duplicate-component': info('error', C, 'orchestrators', 'duplicate-component'),
  'duplicate-section': info('error', P, 'orchestrators', 'duplicate-section'),
  'invalid-front-matter': info('error', PC, 'workflow', 'invalid-front-matter'),
  'unexpected-content': info('error', P, 'orchestrators', 'unexpected-content'),
  'unknown-subsection': info('warning', P, 'orchestrators', 'unknown-subsection'),
  'malformed-entry': info('error', P, 'orchestrators', 'malformed-entry'),
  'unknown-reference': info('error', C, 'orchestrators', 'unknown-reference'),
  'fix-placeholder': info('error', C, 'orchestrators', 'fix-placeholder'),
  'glob-no-match': info('error', C, 'orchestrators', 'glob-no-match'),
  'glob-list-mismatch': info('warning', C, 'nothing', 'glob-list-mismatch'),
  'required-by-asymmetry': info('error', C, 'nothing', 'required-by-asymmetry'),
  'delete-order': info('error', C, 'nothing', 'delete-order'),
  'dependency-cycle': info('error', C, 'orchestrators', 'dependency-cycle'),
  'missing-stack': info('error', PC, 'workflow', 'missing-stack'),
  'invalid-stack-name': info('error', C, 'workflow', 'invalid-stack-name'),
  'stack-mismatch': info('error', C, 'workflow', 'stack-mismatch'),
  'stack-region-mismatch': info('error', C, 'workflow', 'stack-region-mismatch'),
  'missing-steps': info('error', C, 'workflow', 'missing-steps'),
  'unrecognized-step': info('error', C, 'workflow', 'unrecognized-step'),
  'unsupported-script-language': info('error', P, 'workflow', 'unsupported-script-language'),
  'unsupported-command-syntax': info('error', P, 'workflow', 'unsupported-command-syntax'),
  'unsafe-template-path': info('error', C, 'workflow', 'unsafe-template-path'),
  'parameter-without-source': info('error', PC, 'workflow', 'parameter-without-source'),
  'invalid-step-option': info('error', P, 'workflow', 'invalid-step-option'),
  'unknown-placeholder': info('error', P, 'workflow', 'unknown-placeholder'),
  'invalid-condition': info('error', C, 'workflow', 'invalid-condition'),
  'missing-build': info('error', C, 'workflow', 'missing-build'),
  'missing-template': info('error', C, 'workflow', 'missing-template'),
  'disallowed-context': info('error', PC, 'workflow', 'disallowed-context'),
  'unknown-step-output': info('error', C, 'workflow', 'unknown-step-output'),
  'expression-in-doc': info('error', C, 'workflow', 'expression-in-doc'),
  'invalid-value': info('error', C, 'workflow', 'invalid-value'),
  'diagram-link': info('error', C, 'nothing', 'diagram-link'),
  'unknown-stack': info('warning', C, 'nothing', 'unknown-stack'),
  'placeholder-text': info('warning', C, 'nothing', 'placeholder-text'),
  'invalid-template': info('error', T, 'nothing', 'invalid-template'),
  'unknown-output': info('error', C, 'workflow', 'unknown-output'),
  'missing-parameter': info('error', C, 'workflow', 'missing-parameter'),
  'unknown-parameter': info('error', C, 'workflow', 'unknown-parameter'),
  'missing-capability': info('error', C, 'workflow', 'missing-capability'),
  'stack-dependency-missing': info('error', C, 'nothing', 'stack-dependency-missing'),
} as const satisfies Record<string, RuleInfo>;

/** A doc-level rule id. */
export type RuleId = keyof typeof RULES;

/**
 * Which component docs and workflows a finding belongs to, and what it holds
 * back (its id's {@link HoldBack}, unless the finding holds back less).
 */
export interface FindingScope {
  /** Files of the component docs it belongs to (a cycle: every doc on it). */
  docs: string[];
  /** The phases whose workflows of those docs it is about: one, both (the whole doc), or none (only the graph). */
  phases: Phase[];
  /** It is about the docs' stack name, which the runtime guards of other workflows copy. */
  stack: boolean;
  holds: HoldBack;
}
