/**
 * Shared matcher for language runtime set-up steps (`Set up Node.js 20`).
 * Each runtime is its own step kind file; this only holds the phrasing.
 */
import type { StepKind } from '../kind.js';
import { phrase } from '../kind.js';

/** Builds a runtime set-up kind recognising `names` (a regex alternation). */
export function runtimeKind(id: string, label: string, names: string, examples: string[]): StepKind {
  const pattern = new RegExp(`^(?:install|set ?up|setup|use)(?: the)? (?:${names})(?: version)?(?: \`?v?(\\d[\\w.]*)\`?)?$`, 'i');
  return {
    id,
    summary: `Set up ${label} at a version.`,
    examples,
    match(step) {
      const m = pattern.exec(phrase(step));
      return m ? { params: { version: m[1] ?? null } } : null;
    },
  };
}
