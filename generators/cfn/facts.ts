/**
 * The one place that asks the step model what touches a stack: which
 * template a component builds, how it deploys it (parameters, capabilities)
 * and which outputs of other stacks it reads. The template rules read steps
 * only through this adapter.
 */
import type { Position } from '../diagnostics/diagnostic.js';
import { type Component, PHASES, type Phase, type Step } from '../model/types.js';
import { codePosition } from '../steps/kind.js';
import type { Parameter } from '../steps/parameter.js';

/** The template a component deploys, and the doc place that names it. */
export interface TemplateRef {
  /** Path relative to the project root, `/`-separated. */
  path: string;
  /** The path as written in a build step, else the deploy step. */
  position: Position;
  /** True when a step names the path; false when it comes from the configured pattern. */
  explicit: boolean;
}

/** The deploy step of a component. */
export interface DeployFacts {
  step: Step;
  parameters: readonly Parameter[];
  capabilities: readonly string[];
  /** The first capability as written, else the step. */
  capabilitiesPosition: Position;
  /** The deploy command acknowledges SAM's own transform (`sam deploy` does). */
  acknowledgesSamTransform: boolean;
}

/** A read of another stack's output: a lookup step or a parameter sourced from a stack output. */
export interface OutputRead {
  stack: string;
  output: string;
  phase: Phase;
  step: Step;
  /** The output name as written (the parameter name when the source names no output). */
  position: Position;
  /** `step 7`, or `the source of \`ApiId\``. */
  where: string;
}

/** Everything the template rules need to know about one component's steps. */
export interface StackFacts {
  template: TemplateRef | null;
  deploy: DeployFacts | null;
  reads: OutputRead[];
}

/** `templates/{id}.yaml` with the component id filled in. */
export function templatePathFor(pattern: string, id: string): string {
  return pattern.replaceAll('{id}', id);
}

/** Reads the stack facts of `c`; `pattern` names the template of a deploy step without a build path. */
export function stackFacts(c: Component, pattern: string): StackFacts {
  const steps = c.workflows.deploy?.steps ?? [];
  const build = steps.find((s) => s.kind === 'sam-build');
  const deployStep = steps.find((s) => s.kind === 'sam-deploy');
  let deploy: DeployFacts | null = null;
  if (deployStep) {
    const capabilities = (deployStep.params.capabilities as string[] | undefined) ?? [];
    deploy = {
      step: deployStep,
      parameters: (deployStep.params.parameters as Parameter[] | undefined) ?? [],
      capabilities,
      capabilitiesPosition: capabilities[0] ? codePosition(deployStep.source, capabilities[0]) : deployStep.position,
      acknowledgesSamTransform: true,
    };
  }
  let template: TemplateRef | null = null;
  const written = build?.params.template as string | null | undefined;
  if (build && written) template = { path: written.replace(/\\/g, '/').replace(/^\.\//, ''), position: codePosition(build.source, written), explicit: true };
  else if (build || deployStep) template = { path: templatePathFor(pattern, c.id), position: (build ?? deployStep)!.position, explicit: false };
  const reads: OutputRead[] = [];
  for (const phase of PHASES) {
    for (const step of c.workflows[phase]?.steps ?? []) {
      if (step.kind === 'stack-output-lookup') {
        for (const output of step.params.outputs as string[]) {
          reads.push({ stack: step.params.stack as string, output, phase, step, position: codePosition(step.source, output), where: `step ${step.index}` });
        }
      }
      if (step.kind === 'sam-deploy') {
        for (const p of (step.params.parameters as Parameter[] | undefined) ?? []) {
          if (p.source?.kind === 'stack-output') reads.push({ stack: p.source.stack, output: p.source.output, phase, step, position: p.position, where: `the source of \`${p.name}\`` });
        }
      }
    }
  }
  return { template, deploy, reads };
}
