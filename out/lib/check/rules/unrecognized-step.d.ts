import { type StepSource } from '../../model/types.js';
import type { HintContext } from '../../steps/kind.js';
import { type Rule, type RuleContext } from '../rule.js';
export declare const unrecognizedStep: Rule;
/** The closest kind's hint for `step`, or null when no kind looks meant. */
export declare function stepHint(step: StepSource, kinds: RuleContext['options']['stepKinds'], ctx: HintContext): string | null;
