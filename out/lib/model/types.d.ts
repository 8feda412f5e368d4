/**
 * The typed model of a set of component docs. Every significant value keeps
 * the unist position it was read from, so rules never re-find anything.
 */
import type { Document, LineCounter } from 'yaml';
import type { Config } from '../config/types.js';
import type { Position } from '../diagnostics/diagnostic.js';
import type { Parameter } from '../steps/parameter.js';
import type { RecognisedStep, StepFacts } from '../steps/kind.js';
/** The two lifecycles a component doc describes. */
export type Phase = 'deploy' | 'delete';
/** Both phases in their canonical order. */
export declare const PHASES: readonly Phase[];
/** A string with the place it was written. */
export interface Located<T = string> {
    value: T;
    position: Position;
}
/** One entry of a Dependencies or Required By list. */
export interface DependencyRef {
    /** Exactly as written (link text for a link). */
    raw: string;
    /** As written with a `deploy-`/`delete-` workflow prefix removed. Set by resolution. */
    ref: string;
    /** The component ids it resolves to, sorted. Empty when unresolved. */
    ids: string[];
    reason: string | null;
    /** `./x.md` when written as a link. */
    link: string | null;
    glob: boolean;
    /** Where the reference itself is written (code span, link or bare word). */
    position: Position;
    /** The whole entry: its list item, table row or paragraph. What `docflow fix` edits. */
    entry: Position;
    /** How the entry is written: a bullet, a table row, or a reference inside a paragraph. */
    form: 'bullet' | 'table' | 'prose';
}
/** A glob written before an explicit list of ids (`` All `func-*` (3): `a`, `b`, `c` ``): the list counts. */
export interface ListedGlob {
    glob: Located;
    list: 'dependencies' | 'requiredBy';
    phase: Phase;
    /** The explicit entries that follow it. */
    listed: DependencyRef[];
    /** The ids the glob matches. Set by resolution. */
    ids: string[];
}
/** A fenced code block under a step. */
export interface StepCode {
    lang: string | null;
    value: string;
    position: Position;
}
/**
 * One run of inline text with code spans kept in backticks. `spans` maps
 * offsets in `text` back to source positions.
 */
export interface InlineText {
    text: string;
    spans: InlineSpan[];
    position: Position;
}
/** A piece of an {@link InlineText}: plain text, a code span or a link. */
export interface InlineSpan {
    kind: 'text' | 'code' | 'link';
    /** Code span content, link URL, or the plain text. */
    value: string;
    /** Offsets into {@link InlineText.text}, end exclusive. */
    start: number;
    end: number;
    position: Position;
}
/** A step list item as written: its first paragraph, nested items and code. */
export interface StepSource extends InlineText {
    children: StepSource[];
    code: StepCode[];
    /** Further paragraphs inside the item. */
    notes: InlineText[];
}
/**
 * Per-step options, written as sentences in a paragraph of the step's item
 * (docs/FORMAT.md, "Step options"): an id, a condition, continue-on-error,
 * a working directory and env values.
 */
export interface StepOptions {
    id: Located | null;
    if: Located | null;
    continueOnError: boolean;
    workingDirectory: Located | null;
    /** Env values for the step; a bare name reads an earlier lookup's output of that name. */
    env: Parameter[];
}
/** A step with no options. */
export declare const NO_STEP_OPTIONS: StepOptions;
/** A classified step. `kind` is null when no step kind recognised it. */
export interface Step {
    /** 1-based index within its workflow. */
    index: number;
    /** The step's text, code spans in backticks. */
    text: string;
    /** Id of the kind that recognised it (for people and `docflow model`; code asks `facts` and `recognised`). */
    kind: string | null;
    /** Kind-specific parameters as data; see each step kind's file. */
    params: object;
    /** What the step tells the rest of docflow: stacks, outputs, inputs, needs. */
    facts: StepFacts;
    /** The kind's reading of the step, with its emitter and diagram; null when no kind recognised it. */
    recognised: RecognisedStep | null;
    /** Per-step options from the doc (id, if, continue-on-error, working directory, env). */
    options: StepOptions;
    source: StepSource;
    position: Position;
}
/** A `Deploy Workflow` or `Delete Workflow` section. */
export interface Workflow {
    phase: Phase;
    description: string;
    steps: Step[];
    diagram: {
        alt: string;
        url: string;
        position: Position;
    } | null;
    /** H3 subsections, known and unknown, in document order. */
    sections: SectionInfo[];
    position: Position;
}
/** One row of the Failure Scenarios table, cells keyed by header text. */
export interface FailureScenario {
    cells: Record<string, string>;
    position: Position;
}
/** A heading of the doc, kept so unknown sections are never lost. */
export interface SectionInfo {
    title: string;
    depth: number;
    position: Position;
    /** The section's content as written (for free sections). */
    markdown: string;
}
/** One component doc. */
export interface Component {
    id: string;
    /** Path relative to the project root, `/`-separated. */
    file: string;
    title: Located | null;
    overview: string;
    /** The `CloudFormation Stack` section, as written. */
    stack: Located | null;
    /** `<stackPrefix>-<id>` when the doc has no stack section and a prefix is configured; see {@link stackOf}. */
    defaultStack: string | null;
    dependencies: Record<Phase, DependencyRef[]>;
    requiredBy: Record<Phase, DependencyRef[]>;
    /**
     * Where Dependencies / Required By content could not be read as entries
     * (reported as errors). The graph may miss edges while any remain.
     */
    unreadEntries: Position[];
    /** Lead sentences written before an entry list (`All of the following must complete first:`), kept as notes. */
    entryNotes: Located[];
    /** Globs followed by an explicit list; `glob-list-mismatch` compares the two. */
    listedGlobs: ListedGlob[];
    workflows: Record<Phase, Workflow | null>;
    failureScenarios: FailureScenario[];
    /** Failure Scenarios table headers, in order. */
    failureHeaders: string[];
    sections: SectionInfo[];
    /** Parsed front matter (once), with its YAML document and line counter for precise option errors. */
    frontMatter: FrontMatter | null;
    /** Its settings: the project config, the front matter and the defaults, merged once. */
    options: ComponentSettings;
    /** Where to report doc-level problems: the H1, else the first line. */
    position: Position;
}
/** A doc's front matter: the options it sets, as read, and where. */
export interface FrontMatter extends Located<Record<string, unknown>> {
    yaml: string;
    document: Document;
    /** Line counting of `yaml`, whose first line is the doc line after the opening `---`. */
    lines: LineCounter;
}
/** A component's settings, resolved in the model stage; emitters and rules read these. */
export interface ComponentSettings {
    /** The project config with the front matter's options applied. */
    config: Config;
    /** The AWS service the front matter names (`service:`), for diagrams; null when it names none. */
    service: string | null;
    /** Where the front matter sets each top-level option, by key. */
    setAt: Record<string, Position>;
}
/** The stack a component deploys: its `CloudFormation Stack` section, else the default name, else none. */
export declare function stackOf(c: Component): string | null;
/** A Markdown file that was read, component or not. */
export interface DocumentInfo {
    file: string;
    isComponent: boolean;
}
