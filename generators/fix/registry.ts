/**
 * The `docflow fix` repairs, in the order they run within a round. Adding a
 * repair is one file under `repairs/` and one line here. Delete order runs
 * before the mirror repair, so a glob it writes stands in for the ids.
 */
import type { Repair } from './repair.js';
import { deleteOrderRepair } from './repairs/delete-order.js';
import { diagramLinkRepair } from './repairs/diagram-link.js';
import { globNoMatchRepair } from './repairs/glob-no-match.js';
import { missingCapabilityRepair } from './repairs/missing-capability.js';
import { requiredByAsymmetryRepair } from './repairs/required-by-asymmetry.js';
import { unknownOutputRepair } from './repairs/unknown-output.js';
import { unknownReferenceRepair } from './repairs/unknown-reference.js';

/** All built-in repairs. */
export const repairs: readonly Repair[] = [
  unknownReferenceRepair,
  globNoMatchRepair,
  deleteOrderRepair,
  requiredByAsymmetryRepair,
  diagramLinkRepair,
  missingCapabilityRepair,
  unknownOutputRepair,
];
