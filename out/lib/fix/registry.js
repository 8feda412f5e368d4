import { deleteOrderRepair } from './repairs/delete-order.js';
import { diagramLinkRepair } from './repairs/diagram-link.js';
import { globNoMatchRepair } from './repairs/glob-no-match.js';
import { missingCapabilityRepair } from './repairs/missing-capability.js';
import { requiredByAsymmetryRepair } from './repairs/required-by-asymmetry.js';
import { unknownOutputRepair } from './repairs/unknown-output.js';
import { unknownReferenceRepair } from './repairs/unknown-reference.js';
/** All built-in repairs. */
export const repairs = [
    unknownReferenceRepair,
    globNoMatchRepair,
    deleteOrderRepair,
    requiredByAsymmetryRepair,
    diagramLinkRepair,
    missingCapabilityRepair,
    unknownOutputRepair,
];
