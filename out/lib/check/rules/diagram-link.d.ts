import type { Component, Phase } from '../../model/types.js';
import { type Rule } from '../rule.js';
export declare const diagramLink: Rule;
/** Whether a workflow links the SVG docflow renders for it, the link it should have, and its usual alt text. */
export declare function diagramLinkStatus(c: Component, phase: Phase, diagramsDir: string): {
    status: 'ok' | 'missing' | 'wrong';
    expected: string;
    alt: string;
};
