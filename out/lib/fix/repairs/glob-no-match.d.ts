import type { Repair } from '../repair.js';
export declare const globNoMatchRepair: Repair;
