import type { Component } from './types.js';
/** Fills `ref` and `ids` on every entry of every component, in place. */
export declare function resolveReferences(components: readonly Component[]): void;
/** `decodeURI`, but a malformed escape (`%ZZ`) leaves the text as written: it then resolves to nothing and is reported. */
export declare function safeDecodeURI(text: string): string;
