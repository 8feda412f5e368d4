/**
 * The `docflow fix` repairs, in the order they run within a round. Adding a
 * repair is one file under `repairs/` and one line here. Delete order runs
 * before the mirror repair, so a glob it writes stands in for the ids.
 */
import type { Repair } from './repair.js';
/** All built-in repairs. */
export declare const repairs: readonly Repair[];
