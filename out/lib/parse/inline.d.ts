/**
 * Flattens mdast phrasing content into one string with code spans kept in
 * backticks, plus spans that map string offsets back to source positions.
 */
import type { Nodes, PhrasingContent } from 'mdast';
import type { Position } from '../diagnostics/diagnostic.js';
import type { InlineText } from '../model/types.js';
/** Builds an {@link InlineText} from phrasing nodes; `fallback` is used where a node has no position. */
export declare function inlineText(nodes: readonly PhrasingContent[], fallback: Position): InlineText;
/** The node's own position, else its nearest ancestor's (never 1:1). */
export declare function positionOf(node: Nodes, fallback: Position): Position;
