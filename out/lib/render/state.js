/**
 * Makes a warm page render like a fresh one. A few mermaid modules keep
 * counters at module level that are never reset between renders (the
 * sequence renderer numbers lifelines `actor0, actor1, …` across every
 * diagram the page ever drew), so a reused page would give a diagram
 * different ids depending on what rendered before it. mermaid-cli never
 * notices because it loads mermaid into a new page per diagram; that is the
 * 0.6 s we avoid.
 *
 * When the page loads a mermaid module declaring such a counter, a line is
 * appended that registers a reset closure on `globalThis.__docflowResets`;
 * the page runs them all before each render. mermaid's own code is unchanged.
 * The list is checked by rendering every diagram type in two orders
 * (test/render); a mermaid upgrade that adds a counter fails that test.
 */
/** Module-level state known to survive between renders, and its initial value. */
const RESETTABLE = [
    // sequenceDiagram: lifeline/participant ids (`actorN`, `root-N`, popups).
    { declaration: /^var actorCnt = -1;$/m, reset: 'actorCnt = -1;' },
    // classDiagram: node ids (`classId-Name-N`).
    { declaration: /^var classCounter = 0;$/m, reset: 'classCounter = 0;' },
    // sankey (rendering-util/uid.ts): node and gradient ids (`node-N`).
    { declaration: /^var Uid = class _Uid \{$/m, reset: 'Uid.count = 0;' },
    // @iconify/utils replaceIDs (architecture icons): `IconifyId…N` ids.
    { declaration: /^var randomPrefix = "IconifyId".*\nvar counter = 0;$/m, reset: 'counter = 0;' },
    // utils generateId (block diagrams): node ids; Math.random is seeded separately.
    { declaration: /^var cnt = 0;\nvar generateId = /m, reset: 'cnt = 0;' },
];
/** `source` plus reset registrations for the counters it declares (unchanged when none). */
export function withStateResets(source) {
    const resets = RESETTABLE.filter((r) => r.declaration.test(source)).map((r) => r.reset);
    if (resets.length === 0)
        return source;
    return `${source}\n;(globalThis.__docflowResets ??= []).push(() => { ${resets.join(' ')} });\n`;
}
/** Page-side statement that runs every registered reset. */
export const RUN_STATE_RESETS = 'for (const reset of globalThis.__docflowResets ?? []) reset();';
