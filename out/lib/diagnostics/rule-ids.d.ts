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
/** The registry, in the order docs/rules.md lists the ids. */
export declare const RULES: {
    readonly 'not-a-component': RuleInfo;
    readonly 'unreadable-file': RuleInfo;
    readonly 'invalid-doc-name': RuleInfo;
    readonly 'missing-title': RuleInfo;
    readonly 'title-mismatch': RuleInfo;
    readonly 'duplicate-component': RuleInfo;
    readonly 'duplicate-section': RuleInfo;
    readonly 'invalid-front-matter': RuleInfo;
    readonly 'unexpected-content': RuleInfo;
    readonly 'unknown-subsection': RuleInfo;
    readonly 'malformed-entry': RuleInfo;
    readonly 'unknown-reference': RuleInfo;
    readonly 'fix-placeholder': RuleInfo;
    readonly 'glob-no-match': RuleInfo;
    readonly 'glob-list-mismatch': RuleInfo;
    readonly 'required-by-asymmetry': RuleInfo;
    readonly 'delete-order': RuleInfo;
    readonly 'dependency-cycle': RuleInfo;
    readonly 'missing-stack': RuleInfo;
    readonly 'invalid-stack-name': RuleInfo;
    readonly 'stack-mismatch': RuleInfo;
    readonly 'stack-region-mismatch': RuleInfo;
    readonly 'missing-steps': RuleInfo;
    readonly 'unrecognized-step': RuleInfo;
    readonly 'unsupported-script-language': RuleInfo;
    readonly 'unsupported-command-syntax': RuleInfo;
    readonly 'unsafe-template-path': RuleInfo;
    readonly 'parameter-without-source': RuleInfo;
    readonly 'invalid-step-option': RuleInfo;
    readonly 'unknown-placeholder': RuleInfo;
    readonly 'invalid-condition': RuleInfo;
    readonly 'missing-build': RuleInfo;
    readonly 'missing-template': RuleInfo;
    readonly 'disallowed-context': RuleInfo;
    readonly 'unknown-step-output': RuleInfo;
    readonly 'expression-in-doc': RuleInfo;
    readonly 'invalid-value': RuleInfo;
    readonly 'diagram-link': RuleInfo;
    readonly 'unknown-stack': RuleInfo;
    readonly 'placeholder-text': RuleInfo;
    readonly 'invalid-template': RuleInfo;
    readonly 'unknown-output': RuleInfo;
    readonly 'missing-parameter': RuleInfo;
    readonly 'unknown-parameter': RuleInfo;
    readonly 'missing-capability': RuleInfo;
    readonly 'stack-dependency-missing': RuleInfo;
};
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
