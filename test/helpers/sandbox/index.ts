/**
 * The behavioural sandbox: run a GitHub Actions workflow with fake contexts
 * and recording stubs, get a trace of what it did, and compare two traces.
 *
 *   const reference = await runWorkflow({ repo, workflow: '.github/workflows/deploy-cdn.yaml', trigger, contexts, aws, rules });
 *   const comparison = compareTraces(reference, await runWorkflow({ ...same, repo: otherRepo }));
 *   expect(comparison.equivalent, formatComparison(comparison)).toBe(true);
 *
 * Named runs of a fixture live in its `sandbox/scenarios.yaml` (see `scenarios.ts`).
 * What counts as equivalent, and the one allowance (reads), is in `compare.ts` and `readonly.ts`.
 */
export { runWorkflow, SandboxError } from './runner.js';
export { compareTraces, formatComparison, type Comparison } from './compare.js';
export { formatTrace, formatCall } from './format.js';
export { isReadOnly, awsOperation } from './readonly.js';
export { canonicalCondition, evaluate, interpolate, ExpressionFailure, type Value } from './expressions.js';
export * from './types.js';
