/**
 * A workflow's Mermaid sequence diagram, from the same model as the
 * workflow: one message per step in the doc's wording, the runtime guard as
 * an `alt` block, and the failure scenarios as `opt` blocks. Pure.
 */
import type { Config } from '../../config/types.js';
import type { DependencyGraph } from '../../graph/graph.js';
import { type Component, type Phase, type Step, stackOf } from '../../model/types.js';
import type { Parameter } from '../../steps/parameter.js';
import { type GeneratedFile, HEADER_MARK } from '../files.js';
import { renderText, type TemplateSet } from '../templates.js';
import { guardDependencies } from '../workflow/component.js';
import { componentConfig } from '../../config/load.js';
import { awsService } from './services.js';

/** One line of the diagram body. Exactly one of the fields is set. */
export interface Statement {
  indent: string;
  message?: { from: string; arrow: '->>' | '-->>'; to: string; text: string };
  note?: { over: string; text: string };
  block?: { keyword: 'alt' | 'else' | 'opt'; label: string };
  end?: true;
}

/** A participant: fixed ids, labels from the doc. */
export interface Participant {
  kind: 'actor' | 'participant';
  id: string;
  label: string;
}

/** Inputs shared by every diagram. */
export interface DiagramInputs {
  config: Config;
  templates: TemplateSet;
  graphs: { deploy: DependencyGraph; delete: DependencyGraph };
  byId: ReadonlyMap<string, Component>;
  /** Diagrams folder relative to root. */
  diagramsDir: string;
}

const ID = { dispatcher: 'Dispatcher', runner: 'Runner', sts: 'STS', sam: 'SAM', cfn: 'CFN', service: 'Service' } as const;

/** File name (without extension) of a workflow's diagram. */
export function diagramName(phase: Phase, id: string): string {
  return `${phase}-${id}`;
}

/** Builds `<phase>-<id>.mmd`; the guard is drawn after doc step `guardAfter` (0: first), where the workflow runs it. */
export function sequenceDiagram(component: Component, phase: Phase, inputs: DiagramInputs, guardAfter: number): GeneratedFile {
  const workflow = component.workflows[phase]!;
  const config = componentConfig(inputs.config, component.frontMatter?.value);
  const stack = stackOf(component);
  const service = awsService(component);
  const stacks = new Map<string, string>(); // stack name → participant id
  const stackParticipant = (name: string) => {
    if (!stacks.has(name)) stacks.set(name, `Stack${stacks.size + 1}`);
    return stacks.get(name)!;
  };
  const used = new Set<string>([ID.dispatcher, ID.runner]);
  const statements: Statement[] = [];
  const say = (from: string, to: string, text: string, reply = false, indent = '') => {
    used.add(from).add(to);
    statements.push({ indent, message: { from, arrow: reply ? '-->>' : '->>', to, text } });
  };
  say(ID.dispatcher, ID.runner, `run ${phase}-${component.id} (environment)`);

  const guardDeps = config.guards[phase] ? guardDependencies(component.id, inputs.graphs[phase], inputs.byId) : [];
  const guard = () => {
    if (guardDeps.length === 0) return;
    for (const d of guardDeps) say(ID.runner, stackParticipant(d.stack), `describe-stacks ${d.stack}`);
    const bad = phase === 'deploy' ? 'a dependency is missing or not *_COMPLETE' : 'a stack that must be deleted first still exists';
    statements.push({ indent: '', block: { keyword: 'alt', label: bad } });
    say(ID.runner, ID.dispatcher, phase === 'deploy' ? `fail: deploy ${guardDeps.map((d) => d.id).join(', ')} first` : `fail: delete ${guardDeps.map((d) => d.id).join(', ')} first`, true, '  ');
    statements.push({ indent: '', block: { keyword: 'else', label: phase === 'deploy' ? 'all dependencies *_COMPLETE' : 'all gone' } });
    say(ID.runner, ID.runner, 'continue', false, '  ');
    statements.push({ indent: '', end: true });
  };
  if (guardAfter === 0) guard();
  for (const step of workflow.steps) {
    stepMessages(step, { say, stackParticipant, stack, service, phase });
    if (step.index === guardAfter) guard();
  }
  for (const row of component.failureScenarios) {
    const [first, ...rest] = component.failureHeaders;
    statements.push({ indent: '', block: { keyword: 'opt', label: plain(row.cells[first ?? '']) || 'failure' } });
    const text = rest.map((h) => `${h}: ${plain(row.cells[h])}`).join(' — ');
    statements.push({ indent: '  ', note: { over: ID.runner, text: text || 'see the doc' } });
    statements.push({ indent: '', end: true });
  }
  say(ID.runner, ID.dispatcher, component.failureScenarios.length > 0 ? 'result; on failure the run summary lists the failure scenarios' : 'result', true);

  const participants: Participant[] = [
    { kind: 'actor', id: ID.dispatcher, label: `Operator or ${phase}-all` },
    { kind: 'participant', id: ID.runner, label: 'GitHub Actions runner' },
  ];
  if (used.has(ID.sts)) participants.push({ kind: 'participant', id: ID.sts, label: 'AWS STS' });
  if (used.has(ID.sam)) participants.push({ kind: 'participant', id: ID.sam, label: 'SAM CLI' });
  if (used.has(ID.cfn)) participants.push({ kind: 'participant', id: ID.cfn, label: 'CloudFormation' });
  if (used.has(ID.service) && service) participants.push({ kind: 'participant', id: ID.service, label: service });
  for (const [name, id] of stacks) participants.push({ kind: 'participant', id, label: `${name} stack` });

  const body = renderText(inputs.templates, 'diagram/sequence', { title: `${phase}-${component.id}`, participants, statements });
  const content = `%% ${HEADER_MARK} from ${component.file} — do not edit.\n${body.replace(/\n*$/, '\n')}`;
  return { path: `${inputs.diagramsDir}/${diagramName(phase, component.id)}.mmd`, content, source: component.file, origins: [] };
}

interface StepContext {
  say: (from: string, to: string, text: string, reply?: boolean, indent?: string) => void;
  stackParticipant: (name: string) => string;
  stack: string | null;
  service: string | null;
  phase: Phase;
}

/** The messages of one step; every kind has a shape, unknown (user) kinds run on the runner. */
function stepMessages(step: Step, ctx: StepContext): void {
  const text = plain(step.text).replace(/[.:]$/, '');
  const { say } = ctx;
  switch (step.kind) {
    case 'aws-credentials':
      say(ID.runner, ID.sts, `${text} (AssumeRoleWithWebIdentity)`);
      say(ID.sts, ID.runner, 'temporary credentials', true);
      return;
    case 'sam-build':
      say(ID.runner, ID.sam, text);
      say(ID.sam, ID.runner, 'build artifacts in .aws-sam/', true);
      return;
    case 'sam-deploy':
    case 'sam-delete': {
      const stack = (step.params.stack as string | null) ?? ctx.stack ?? 'the stack';
      const deploying = step.kind === 'sam-deploy';
      for (const p of deploying ? (step.params.parameters as Parameter[]) : []) {
        if (p.source?.kind === 'stack-output') {
          const other = ctx.stackParticipant(p.source.stack);
          say(ID.runner, other, `look up ${p.source.output}`);
          say(other, ID.runner, `${p.source.output} value`, true);
        }
      }
      say(ID.runner, ID.sam, text);
      say(ID.sam, ID.cfn, deploying ? `create or update ${stack}` : `delete ${stack}`);
      if (ctx.service) say(ID.cfn, ID.service, deploying ? `provision ${ctx.service} resources` : `delete ${ctx.service} resources`);
      say(ID.cfn, ID.sam, deploying ? `${stack} *_COMPLETE` : `${stack} DELETE_COMPLETE`, true);
      say(ID.sam, ID.runner, deploying ? 'deployed' : 'deleted', true);
      return;
    }
    case 'stack-output-lookup': {
      const other = ctx.stackParticipant(step.params.stack as string);
      say(ID.runner, other, text);
      say(other, ID.runner, (step.params.outputs as string[]).join(', ') + (step.params.optional ? ' (or empty: optional)' : ''), true);
      return;
    }
    default:
      say(ID.runner, ID.runner, text || `step ${step.index}`);
  }
}

/** Doc text for a diagram: code-span backticks dropped (Mermaid shows them literally), whitespace collapsed. */
function plain(text: string | undefined): string {
  return (text ?? '').replace(/`/g, '').replace(/\s+/g, ' ').trim();
}
