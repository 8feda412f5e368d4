/**
 * glob-no-match: a glob entry (`func-api-*`) matches no component. Usually a
 * typo or a renamed family of components. As for unknown-reference, the
 * entries the typo makes missing elsewhere are reported here, once.
 */
import { type RelatedLocation } from '../../diagnostics/diagnostic.js';
import { type UnknownEntry } from '../../graph/consistency.js';
import type { Rule } from '../rule.js';
export declare const globNoMatch: Rule;
/** What the other docs say that the misspelt entry was meant for: a clause for the message, and where they say it. */
export declare function explainedText(u: UnknownEntry): {
    message: string;
    related: RelatedLocation[];
};
