/**
 * docflow's public API. The CLI is a thin layer over these functions:
 * load a project, analyse its docs, compute what it generates, compare that
 * with disk. Everything after `loadProject` is a pure function of its inputs.
 *
 * @example
 * const project = await loadProject({ root: process.cwd() });
 * const outputs = await computeOutputs(project);
 * const drift = await compareWithDisk(project, outputs);
 * if (drift.diagnostics.length > 0) process.exitCode = 1;
 */
export { analyze } from './analyze.js';
export { loadProject } from './project.js';
export { computeOutputs, compareWithDisk } from './outputs.js';
export { generateWorkflows } from './emit/generate.js';
export { buildModel, readDocs } from './model/load.js';
export { modelJson } from './model/json.js';
export { stackOf, PHASES } from './model/types.js';
export { compareDiagnostics, hasErrors, normalizeDiagnostics } from './diagnostics/diagnostic.js';
export { formatText } from './diagnostics/report/text.js';
export { formatJson } from './diagnostics/report/json.js';
export { formatGithub } from './diagnostics/report/github.js';
export { rules } from './check/registry.js';
export { builtinStepKinds } from './steps/registry.js';
export { defineStepKind } from './steps/kind.js';
export { PARTICIPANT } from './emit/diagram/messages.js';
export { loadConfig, parseConfig } from './config/load.js';
export { planOrchestration } from './graph/orchestration.js';
export { main } from './cli/main.js';
