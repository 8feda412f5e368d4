/**
 * The contract every step kind implements, in one typed definition: how it
 * recognises a step item's text, the typed params it reads (each value with
 * its position), the workflow steps it emits, its diagram messages, and what
 * it tells the rest of docflow (stacks, outputs, inputs, needs). Kinds are
 * plain objects in one explicit registry; code elsewhere asks a step's facts,
 * it never compares kind ids.
 */
import type { Position } from '../diagnostics/diagnostic.js';
import type { DiagramContext } from '../emit/diagram/messages.js';
import type { TemplateSource } from '../emit/templates.js';
import type { EmittedStep, StepViewContext } from '../emit/workflow/step-view.js';
import type { RuleId } from '../diagnostics/rule-ids.js';
import type { Located, Phase, StepSource } from '../model/types.js';
import type { ValueSource } from '../config/types.js';
import type { Parameter } from './parameter.js';
/** Something a kind noticed while reading a step it recognised. */
export interface StepProblem {
    ruleId: RuleId;
    message: string;
    position: Position;
    hint?: string;
}
/** What a kind's `match` read from a step: its typed params. */
export interface StepMatch<P extends object> {
    params: P;
    problems?: StepProblem[];
}
/** A stack a step deploys, deletes or reads. */
export interface StackUse {
    action: 'deploy' | 'delete' | 'read';
    /** The stack the step names; null: the component's own stack. */
    name: Located | null;
    /** The command, as messages name it (`sam deploy`). */
    command: string;
    /** The parameter whose value is read from the stack, when that is how the step uses it. */
    forParameter?: string;
    /** The region the step names for the stack (``in `us-east-1` ``); absent: the job's. */
    region?: Located;
}
/** What a step tells the rest of docflow; rules, wiring and the model stage read these, never params. */
export interface StepFacts {
    /** Stacks it deploys, deletes or reads, in the order written. */
    stacks: StackUse[];
    /** Named values it produces for later steps (a lookup's outputs). */
    produces: Located[];
    /** Values it consumes (`sam deploy` parameters); a source left null is wired to an earlier step's output of that name. */
    consumes: Parameter[];
    /** CloudFormation capabilities it grants. */
    capabilities: Located[];
    /** Template files in the repository it builds or deploys. */
    templates: Located[];
    /** Doc values it places in the workflow that must be single-line text (names, env values). */
    lineValues: string[];
    /**
     * The SAM config file the step's command reads settings from (`samconfig.toml` unless the step names
     * another with `--config-file`) and the environment (`--config-env`, default `default`); null when it reads none.
     */
    samConfig: {
        file: string | null;
        env: string;
    } | null;
    /** True when it calls AWS with the job's credentials. */
    needsAws: boolean;
    /**
     * Set when the step configures the job's AWS credentials: the region it fixes for the steps after it
     * (null: the config's `aws.region`). Guards read a component's stack where its deploy job runs.
     */
    credentials: {
        region: Located | null;
    } | null;
    /** True when it reads files from the repository checkout. */
    needsCheckout: boolean;
    /** True when it checks the repository out. */
    checksOut: boolean;
    /** True when it builds what a later deploy deploys (`sam build`): it certainly reads the checkout. */
    builds: boolean;
    /** True when it deploys what an earlier build step built (`sam deploy`). */
    needsBuild: boolean;
    /** Shell text as the doc wrote it, where `{Name}` placeholders read earlier outputs; null when none. */
    shellText: string | null;
    /** The folder the step's own text says it runs in (``npm ci` in `ui``); it becomes the step's working directory. */
    workingDirectory: Located | null;
}
/** What a hint may use besides the step itself: the user's own model, never docflow's bundled example. */
export interface HintContext {
    /** The component's id. */
    component: string;
    /** The stack it deploys: its `CloudFormation Stack` section or default name, else its id. */
    stack: string;
    /** The template its build step uses without a path (the configured pattern). */
    template: string;
    /** Every component's stack in the project, sorted. */
    stacks: readonly string[];
    /** The outputs a stack's template declares (empty when unread). */
    outputs(stack: string): readonly string[];
    phase: Phase;
}
/** Why a step no kind recognised looks like a kind, and what to write. */
export interface NearMiss {
    /** What the step lacks, or has too much of, for the kind: `names the stack \`x\` without backticks`. */
    lacks: string;
    /** A step this kind recognises, from the step's own values and the doc's (Markdown, one line). */
    write: string;
}
/**
 * How a kind tells an unrecognised step that was meant as it. Its cues are
 * case-insensitive patterns over the step's text: the first must match for
 * the kind to be considered, and each one that matches makes it likelier;
 * the likeliest kind (the earlier on a tie) explains the step.
 */
export interface StepHint {
    /** How the hint names the kind: `` `sam deploy` ``, `a stack-output lookup`. */
    like: string;
    cues: readonly RegExp[];
    explain(step: StepSource, ctx: HintContext): NearMiss;
}
/**
 * A step of a hand-written workflow, as `docflow import` hands it to each
 * kind's `adopt`: the YAML keys a kind may read. Step options (`id`, `if`,
 * `continue-on-error`, `working-directory`, `env`) are the importer's: a kind
 * reads only what makes the step itself (and may say where it runs).
 */
export interface ForeignStep {
    name: string | null;
    /** `owner/repo` of a `uses:` step, without the ref; null for a `run:` step. */
    uses: string | null;
    /** Its `with:` values, as written (strings). */
    with: Readonly<Record<string, string>>;
    /** The `run:` text, as written; null for a `uses:` step. */
    run: string | null;
    shell: string | null;
    /** Its `env:` values, as written. A kind that reads one as its own value says so (`takesEnv`). */
    env: Readonly<Record<string, string>>;
    /** Its `working-directory:`, or null. A kind that says the folder in its phrasing says so (`takesWorkingDirectory`). */
    workingDirectory: string | null;
    /** Its `if:` without `${{ }}`, or null. A kind that turns it into a setting says so (`takesCondition`). */
    if: string | null;
    /** Where the step starts in its workflow file. */
    position: Position;
}
/** What the importer knows while a kind adopts a step. */
export interface AdoptContext {
    component: string;
    phase: Phase;
    /**
     * A workflow value (`${{ secrets.X }}`, `https://${{ vars.D }}`, `eu-west-1`)
     * as a doc source (`secrets.X`, `` `https://` + vars.D ``, `` value: `eu-west-1` ``),
     * or null when it reads a context docs may not name.
     */
    source(value: string): string | null;
    /** The same value as a config value source, or null. */
    valueSource(value: string): ValueSource | null;
}
/** A setting a step implies (`aws.region` from configure-aws-credentials), compared across files. */
export interface AdoptedSetting {
    /** Dotted config key: `aws.roleToAssume`, `sam.install`, `checkout.persistCredentials`. */
    key: string;
    value: unknown;
}
/** What a kind made of a workflow step: the doc step and the facts around it. */
export interface AdoptedStep {
    /** The doc step's text, in the kind's phrasing (`Configure AWS credentials`). */
    text: string;
    /** Markdown nested under the item (a fenced script), unindented lines. */
    body?: readonly string[];
    /** `Env:` values the step needs: name → doc source (`vars.X`). */
    env?: readonly {
        name: string;
        source: string;
    }[];
    /** Settings the step implies; the importer writes them to config or front matter. */
    settings?: readonly AdoptedSetting[];
    /** True when a setting carries the step's `if:` (`sam.install.if`), so no `Only if` is written. */
    takesCondition?: boolean;
    /** Names of the step's `env:` values the step's text says itself (the bucket of an empty-bucket step): no `Env:` entry. */
    takesEnv?: readonly string[];
    /** True when the step's text names its working directory (`` `npm ci` in `ui` ``), so no `In` is written. */
    takesWorkingDirectory?: boolean;
    /** Stacks the step deploys, deletes or reads: the doc's stack and deploy dependencies. */
    stacks?: readonly {
        action: StackUse['action'];
        name: string;
    }[];
    /** Parts of the step it could not express, each reported at the step. */
    unmapped?: readonly string[];
    /**
     * Step outputs it writes that are other stacks' outputs (a lookup script):
     * `import --merge` reads `steps.<id>.outputs.<name>` as that stack's output,
     * as a doc's `(from the `x` stack output)` says it.
     */
    produces?: readonly {
        name: string;
        stack: string;
        output: string;
    }[];
}
/**
 * A step kind, typed by its params `P`: one per file under `steps/kinds/`
 * (or one `templates/steps/*.step.yaml`). Pass it to {@link defineStepKind}.
 */
export interface StepKindDefinition<P extends object> {
    /** Stable id, e.g. `sam-deploy`. */
    id: string;
    /** One line for docs and `--help`. */
    summary: string;
    /** Phrasings it recognises, verbatim; docs and tests use them. */
    examples: readonly string[];
    /** Returns typed params when the step is of this kind, else null. */
    match(step: StepSource): StepMatch<P> | null;
    /** What the step tells the rest of docflow; anything left out is "none". */
    facts?(params: P, step: StepSource): Partial<StepFacts>;
    /** The workflow steps it becomes. Pure. */
    emit(params: P, ctx: StepViewContext): EmittedStep[];
    /** Its sequence diagram messages; without it, the runner runs the step's text. */
    diagram?(params: P, ctx: DiagramContext): void;
    /** Templates it brings (a YAML kind's `emit`); they take precedence over files of the same name. */
    templates?: readonly TemplateSource[];
    /** How to tell an unrecognised step meant as this kind, and what it lacks; without it, its examples are compared. */
    hint?: StepHint;
    /**
     * `docflow import`: the doc step for a hand-written workflow step of this
     * kind, or null when the step is not one. The importer asks kinds in
     * registry order; the first answer wins.
     */
    adopt?(step: ForeignStep, ctx: AdoptContext): AdoptedStep | null;
}
/** A step read by its kind, with the kind's behaviour bound to its params. */
export interface RecognisedStep {
    /** The params, as data: `docflow model` prints them. */
    params: object;
    problems: StepProblem[];
    facts: StepFacts;
    emit(ctx: StepViewContext): EmittedStep[];
    diagram: ((ctx: DiagramContext) => void) | null;
}
/** A step kind as the registry holds it: its params type is closed over. */
export interface StepKind {
    readonly id: string;
    readonly summary: string;
    readonly examples: readonly string[];
    readonly templates: readonly TemplateSource[];
    readonly hint: StepHint | null;
    /** Reads the step as this kind, or null when it is not one. */
    match(step: StepSource): RecognisedStep | null;
    /** `docflow import`'s question (see {@link StepKindDefinition.adopt}); null when the kind cannot adopt steps. */
    readonly adopt: ((step: ForeignStep, ctx: AdoptContext) => AdoptedStep | null) | null;
}
/** Builds a registry entry from a typed definition. */
export declare function defineStepKind<P extends object>(def: StepKindDefinition<P>): StepKind;
/** The facts of a step that tells nothing (and of an unrecognised one). */
export declare function noFacts(): StepFacts;
/** Every string inside `value`, in order, skipping positions: what a step places in its workflow. */
export declare function textValues(value: unknown): string[];
/**
 * The step text as kinds match it: whitespace collapsed, a trailing period or
 * colon removed. Case is left alone; patterns use the `i` flag.
 */
export declare function phrase(step: StepSource): string;
/** Position of the n-th code span whose content is `value`, else the step's. */
export declare function codePosition(step: StepSource, value: string, nth?: number): Position;
/** `value` located at its code span in the step (else at the step). */
export declare function located(step: StepSource, value: string): Located;
/** Contents of every code span in `text`, in order. */
export declare function codeSpans(text: string): string[];
/** Splits on `sep` outside backticks and parentheses. */
export declare function splitTop(text: string, sep: string): string[];
