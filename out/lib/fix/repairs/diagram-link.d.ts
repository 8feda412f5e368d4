import type { Repair } from '../repair.js';
export declare const diagramLinkRepair: Repair;
