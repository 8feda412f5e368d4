/**
 * The behavioural sandbox: run a GitHub Actions workflow with fake contexts
 * and recording stubs, get a trace of what it did, and compare two traces.
 * See /work/helpers/SANDBOX-API.md for a walk-through.
 */
export { runWorkflow, SandboxError } from './runner.js';
export { compareTraces, formatComparison, type Comparison } from './compare.js';
export { formatTrace, formatCall } from './format.js';
export { isReadOnly, awsOperation } from './readonly.js';
export { canonicalCondition, evaluate, interpolate, ExpressionFailure, type Value } from './expressions.js';
export * from './types.js';
