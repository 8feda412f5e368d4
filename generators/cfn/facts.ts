/**
 * The one place that asks the steps what touches a stack: which template a
 * component builds, how it deploys it (parameters, capabilities) and which
 * outputs of other stacks it reads. It reads only each step's kind-declared
 * facts (docs/step-kinds.md); the template rules read steps only through it.
 */
import { buildTemplate } from '../steps/template-path.js';
import type { Position } from '../diagnostics/diagnostic.js';
import { type Component, PHASES, type Phase, type Step } from '../model/types.js';
import { stackUseWhere } from '../check/rules/steps.js';
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
  /** The SAM config file and environment the command reads settings from; null: none. */
  samConfig: { file: string | null; env: string } | null;
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
  const deployUse = (s: Step) => s.facts.stacks.find((u) => u.action === 'deploy');
  const deployStep = steps.find((s) => deployUse(s) !== undefined);
  let deploy: DeployFacts | null = null;
  if (deployStep) {
    const capabilities = deployStep.facts.capabilities;
    deploy = {
      step: deployStep,
      parameters: deployStep.facts.consumes,
      capabilities: capabilities.map((cap) => cap.value),
      capabilitiesPosition: capabilities[0]?.position ?? deployStep.position,
      // `sam deploy` acknowledges SAM's own transform by itself.
      acknowledgesSamTransform: deployUse(deployStep)!.command === 'sam deploy',
      samConfig: deployStep.facts.samConfig,
    };
  }
  let template: TemplateRef | null = null;
  const written = steps.flatMap((s) => s.facts.templates)[0];
  const build = steps.find((s) => s.facts.builds);
  // What the build step builds, as `sam build` resolves it (its working directory counts).
  if (build) {
    const named = build.facts.templates[0];
    template = { path: buildTemplate(build, c.id, pattern).file, position: named?.position ?? build.position, explicit: named !== undefined || build.options.workingDirectory !== null };
  } else if (written) template = { path: written.value.replace(/\\/g, '/').replace(/^\.\//, ''), position: written.position, explicit: true };
  else if (deployStep) template = { path: templatePathFor(pattern, c.id), position: deployStep.position, explicit: false };
  const reads: OutputRead[] = [];
  for (const phase of PHASES) {
    for (const step of c.workflows[phase]?.steps ?? []) {
      for (const use of step.facts.stacks) {
        if (use.action !== 'read' || !use.name) continue;
        const where = stackUseWhere(step, use);
        if (use.forParameter === undefined) {
          for (const output of step.facts.produces) reads.push({ stack: use.name.value, output: output.value, phase, step, position: output.position, where });
          continue;
        }
        const p = step.facts.consumes.find((x) => x.name === use.forParameter);
        if (p?.source?.kind === 'stack-output') reads.push({ stack: use.name.value, output: p.source.output, phase, step, position: p.position, where });
      }
    }
  }
  return { template, deploy, reads };
}
