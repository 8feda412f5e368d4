/**
 * The built-in step vocabulary, in match order: specific kinds first, the
 * catch-alls (script, shell) last. The first kind that matches wins. To add
 * a kind: one file under `kinds/` (see kind.ts) and one line here.
 */
import type { StepKind } from './kind.js';
/** Built-in kinds. User kinds (from templates) are tried before these. */
export declare const builtinStepKinds: readonly StepKind[];
