/**
 * Which AWS region a component's stack lives in, and which region a
 * workflow's AWS calls run in, as the docs say: a step that names the
 * region of the stack it deploys, else the region the deploy workflow's
 * credentials step fixes (``Configure AWS credentials (`us-east-1` required)``),
 * else the component's `aws.region` (front matter over the project config).
 * Guards read each dependency's stack where it lives; `stack-region-mismatch`
 * reports a doc that says two things.
 */
import type { Position } from '../diagnostics/diagnostic.js';
import type { ValueSource } from '../config/types.js';
import { type Component, type Phase } from './types.js';
/** A region and where the doc says it (null: the config's `aws.region`). */
export interface Region {
    source: ValueSource;
    position: Position | null;
    /** What says so, for messages: `step 2`, `aws.region`. */
    said: string;
}
/** Where the component's stack lives, from its deploy workflow (else its delete workflow). */
export declare function stackRegion(c: Component): Region;
/** The region the phase workflow's calls run in after step `after` (0: before any step). */
export declare function jobRegion(c: Component, phase: Phase, after: number): Region;
/**
 * A region another doc says that may go into this doc's workflow: a region code, a secret or a variable.
 * Anything else is that doc's own error (`invalid-front-matter`, `invalid-value`), never copied here.
 */
export declare function usableRegion(source: ValueSource): boolean;
/** Two region sources that are the same text in every run. */
export declare function sameRegion(a: ValueSource, b: ValueSource): boolean;
