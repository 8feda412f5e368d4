import type { Position } from '../../diagnostics/diagnostic.js';
import type { Component, Phase } from '../../model/types.js';
import { type Rule } from '../rule.js';
export declare const requiredByAsymmetry: Rule;
/** The H2 of the section that should hold the entry, else the doc's H1. */
export declare function sectionPosition(c: Component, list: 'dependencies' | 'requiredBy', _phase: Phase): Position;
