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
export { analyze, type Analysis, type AnalyzeOptions } from './analyze.js';
export { loadProject, type Project, type ProjectOptions } from './project.js';
export { computeOutputs, compareWithDisk, type Drift, type Outputs, type OutputOptions } from './outputs.js';
export { generateWorkflows, type GenerateInputs, type GenerateOutput } from './emit/generate.js';
export type { GeneratedFile, LineOrigin } from './emit/files.js';
export { buildModel, readDocs, type SourceFile } from './model/load.js';
export { modelJson } from './model/json.js';
export { stackOf, PHASES } from './model/types.js';
export type { Component, ComponentSettings, DependencyRef, FailureScenario, FrontMatter, Located, Phase, Step, StepSource, Workflow } from './model/types.js';
export { compareDiagnostics, hasErrors, normalizeDiagnostics } from './diagnostics/diagnostic.js';
export type { Diagnostic, Point, Position, RelatedLocation, Severity } from './diagnostics/diagnostic.js';
export { formatText } from './diagnostics/report/text.js';
export { formatJson } from './diagnostics/report/json.js';
export { formatGithub } from './diagnostics/report/github.js';
export { rules } from './check/registry.js';
export type { ReportScope, Rule, RuleContext, RuleReport } from './check/rule.js';
export type { FindingScope, HoldBack, RuleId, RuleInfo } from './diagnostics/rule-ids.js';
export { builtinStepKinds } from './steps/registry.js';
export { defineStepKind } from './steps/kind.js';
export type { HintContext, NearMiss, RecognisedStep, StackUse, StepFacts, StepHint, StepKind, StepKindDefinition, StepMatch, StepProblem } from './steps/kind.js';
export type { Parameter, ParameterSource } from './steps/parameter.js';
export type { EmittedStep, StepViewContext } from './emit/workflow/step-view.js';
export type { DiagramContext } from './emit/diagram/messages.js';
export { PARTICIPANT } from './emit/diagram/messages.js';
export { loadConfig, parseConfig } from './config/load.js';
export type { Config } from './config/types.js';
export { planOrchestration, type OrchestrationPlan } from './graph/orchestration.js';
export { main } from './cli/main.js';
