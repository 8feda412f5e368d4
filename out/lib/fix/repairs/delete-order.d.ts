import type { Repair } from '../repair.js';
export declare const deleteOrderRepair: Repair;
