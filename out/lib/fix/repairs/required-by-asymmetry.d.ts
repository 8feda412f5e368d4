import type { Repair } from '../repair.js';
export declare const requiredByAsymmetryRepair: Repair;
