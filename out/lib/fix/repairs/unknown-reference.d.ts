import { type UnknownEntry } from '../../graph/consistency.js';
import type { Intent, Repair } from '../repair.js';
export declare const unknownReferenceRepair: Repair;
/** Replace with the one meaning, remove when there is none; several need a human. */
export declare function repairUnknown(rule: string, u: UnknownEntry): Intent[];
