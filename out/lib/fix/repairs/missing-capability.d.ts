/**
 * A deploy step that lacks a capability its template needs: the capability
 * is added to the step in the step's own phrasing (the `capabilities:` list,
 * the whole command's `--capabilities`, or `CAPABILITY_IAM` widened to
 * `CAPABILITY_NAMED_IAM`). The edit comes from cfn/repairs.ts, which reads
 * the same capability facts as the rule.
 */
import { type TemplateRepair } from '../../cfn/repairs.js';
import type { Intent, Repair } from '../repair.js';
export declare const missingCapabilityRepair: Repair;
/** A template repair as a step edit intent. */
export declare function stepEdit(rule: string, r: TemplateRepair): Intent;
