/**
 * A workflow's Mermaid sequence diagram, from the same model as the
 * workflow: one message per step in the doc's wording, the runtime guard as
 * an `alt` block, and the failure scenarios as `opt` blocks. Pure.
 */
import type { Config } from '../../config/types.js';
import type { DependencyGraph } from '../../graph/graph.js';
import { type Component, type Phase, stackOf } from '../../model/types.js';
import { type GeneratedFile, HEADER_MARK } from '../files.js';
import { renderText, type TemplateSet } from '../templates.js';
import { guardDependencies } from '../workflow/component.js';
import { type DiagramContext, PARTICIPANT as ID } from './messages.js';
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

/** File name (without extension) of a workflow's diagram. */
export function diagramName(phase: Phase, id: string): string {
  return `${phase}-${id}`;
}

/** Builds `<phase>-<id>.mmd`; the guard is drawn after doc step `guardAfter` (0: first), where the workflow runs it. */
export function sequenceDiagram(component: Component, phase: Phase, inputs: DiagramInputs, guardAfter: number): GeneratedFile {
  const workflow = component.workflows[phase]!;
  const config = component.options.config;
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
    const text = plain(step.text).replace(/[.:]$/, '');
    const ctx: DiagramContext = { step, text, phase, stack, service, say: (from, to, message, reply) => say(from, to, message, reply), stackParticipant };
    // A kind without messages of its own runs on the runner.
    if (step.recognised?.diagram) step.recognised.diagram(ctx);
    else say(ID.runner, ID.runner, text || `step ${step.index}`);
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
  if (used.has(ID.s3)) participants.push({ kind: 'participant', id: ID.s3, label: 'Amazon S3' });
  if (used.has(ID.cloudfront)) participants.push({ kind: 'participant', id: ID.cloudfront, label: 'Amazon CloudFront' });
  if (used.has(ID.logs)) participants.push({ kind: 'participant', id: ID.logs, label: 'CloudWatch Logs' });
  for (const [name, id] of stacks) participants.push({ kind: 'participant', id, label: `${name} stack` });

  const body = renderText(inputs.templates, 'diagram/sequence', { title: `${phase}-${component.id}`, participants, statements });
  const content = `%% ${HEADER_MARK} from ${component.file} — do not edit.\n${body.replace(/\n*$/, '\n')}`;
  return { path: `${inputs.diagramsDir}/${diagramName(phase, component.id)}.mmd`, content, source: component.file, origins: [] };
}

/** Doc text for a diagram: code-span backticks dropped (Mermaid shows them literally), whitespace collapsed. */
function plain(text: string | undefined): string {
  return (text ?? '').replace(/`/g, '').replace(/\s+/g, ' ').trim();
}
