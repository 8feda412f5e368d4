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
/** `source` plus reset registrations for the counters it declares (unchanged when none). */
export declare function withStateResets(source: string): string;
/** Page-side statement that runs every registered reset. */
export declare const RUN_STATE_RESETS = "for (const reset of globalThis.__docflowResets ?? []) reset();";
