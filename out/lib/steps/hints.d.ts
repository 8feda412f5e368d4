/**
 * What the kinds' hints share: reading an unrecognised step's own values
 * (the stack it names, flags outside backticks) and writing the step the
 * author should have written, as Markdown.
 */
import type { StepSource } from '../model/types.js';
import type { HintContext } from './kind.js';
/** `text` as an inline code span, widened when it holds backticks: the step a hint says to write. */
export declare function md(text: string): string;
/** The step's words outside code spans and links, whitespace collapsed. */
export declare function bareText(step: StepSource): string;
/** Contents of the step's code spans, in order. */
export declare function codeValues(step: StepSource): string[];
/**
 * The stack a step names: a code span or a bare word that is one of the
 * project's stacks, else one shaped like a stack name (`app-users-table`).
 * `bare` says it was written without backticks.
 */
export declare function namedStack(step: StepSource, ctx: HintContext): {
    name: string;
    bare: boolean;
} | null;
/** `--flag` words written outside backticks, with what follows each up to the next flag. */
export declare function bareFlags(step: StepSource): string;
/** The bare words that follow `verb` (`sam deploy everything` → `everything`), for "has words it does not take". */
export declare function wordsAfter(step: StepSource, verb: RegExp): string;
