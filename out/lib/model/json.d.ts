/**
 * The model as printed by `docflow model` (schema: docs/model.schema.json).
 * Positions flatten to `line`/`column`; everything else keeps its shape.
 */
import type { Analysis } from '../analyze.js';
/** The JSON-ready model. */
export declare function modelJson(analysis: Analysis): unknown;
