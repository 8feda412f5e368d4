import { stackOf } from '../../model/types.js';
import { HEADER_MARK } from '../files.js';
import { renderText } from '../templates.js';
import { guardDependencies } from '../workflow/component.js';
import { PARTICIPANT as ID } from './messages.js';
import { awsService } from './services.js';
/** File name (without extension) of a workflow's diagram. */
export function diagramName(phase, id) {
    return `${phase}-${id}`;
}
/** Builds `<phase>-<id>.mmd`; the guard is drawn after doc step `guardAfter` (0: first), where the workflow runs it. */
export function sequenceDiagram(component, phase, inputs, guardAfter) {
    const workflow = component.workflows[phase];
    const config = component.options.config;
    const stack = stackOf(component);
    const service = awsService(component);
    const stacks = new Map(); // stack name → participant id
    const stackParticipant = (name) => {
        if (!stacks.has(name))
            stacks.set(name, `Stack${stacks.size + 1}`);
        return stacks.get(name);
    };
    const used = new Set([ID.dispatcher, ID.runner]);
    const statements = [];
    const say = (from, to, text, reply = false, indent = '') => {
        used.add(from).add(to);
        statements.push({ indent, message: { from, arrow: reply ? '-->>' : '->>', to, text } });
    };
    say(ID.dispatcher, ID.runner, `run ${phase}-${component.id} (environment)`);
    const guardDeps = config.guards[phase] ? guardDependencies(component.id, inputs.graphs[phase], inputs.byId) : [];
    const guard = () => {
        if (guardDeps.length === 0)
            return;
        for (const d of guardDeps)
            say(ID.runner, stackParticipant(d.stack), `describe-stacks ${d.stack}`);
        const bad = phase === 'deploy' ? 'a dependency is missing or not *_COMPLETE' : 'a stack that must be deleted first still exists';
        statements.push({ indent: '', block: { keyword: 'alt', label: bad } });
        say(ID.runner, ID.dispatcher, phase === 'deploy' ? `fail: deploy ${guardDeps.map((d) => d.id).join(', ')} first` : `fail: delete ${guardDeps.map((d) => d.id).join(', ')} first`, true, '  ');
        statements.push({ indent: '', block: { keyword: 'else', label: phase === 'deploy' ? 'all dependencies *_COMPLETE' : 'all gone' } });
        say(ID.runner, ID.runner, 'continue', false, '  ');
        statements.push({ indent: '', end: true });
    };
    if (guardAfter === 0)
        guard();
    for (const step of workflow.steps) {
        const text = plain(step.text).replace(/[.:]$/, '');
        const ctx = { step, text, phase, stack, service, say: (from, to, message, reply) => say(from, to, message, reply), stackParticipant };
        // A kind without messages of its own runs on the runner.
        if (step.recognised?.diagram)
            step.recognised.diagram(ctx);
        else
            say(ID.runner, ID.runner, text || `step ${step.index}`);
        if (step.index === guardAfter)
            guard();
    }
    for (const row of component.failureScenarios) {
        const [first, ...rest] = component.failureHeaders;
        statements.push({ indent: '', block: { keyword: 'opt', label: plain(row.cells[first ?? '']) || 'failure' } });
        const text = rest.map((h) => `${h}: ${plain(row.cells[h])}`).join(' — ');
        statements.push({ indent: '  ', note: { over: ID.runner, text: text || 'see the doc' } });
        statements.push({ indent: '', end: true });
    }
    say(ID.runner, ID.dispatcher, component.failureScenarios.length > 0 ? 'result; on failure the run summary lists the failure scenarios' : 'result', true);
    const participants = [
        { kind: 'actor', id: ID.dispatcher, label: `Operator or ${phase}-all` },
        { kind: 'participant', id: ID.runner, label: 'GitHub Actions runner' },
    ];
    if (used.has(ID.sts))
        participants.push({ kind: 'participant', id: ID.sts, label: 'AWS STS' });
    if (used.has(ID.sam))
        participants.push({ kind: 'participant', id: ID.sam, label: 'SAM CLI' });
    if (used.has(ID.cfn))
        participants.push({ kind: 'participant', id: ID.cfn, label: 'CloudFormation' });
    if (used.has(ID.service) && service)
        participants.push({ kind: 'participant', id: ID.service, label: service });
    if (used.has(ID.s3))
        participants.push({ kind: 'participant', id: ID.s3, label: 'Amazon S3' });
    if (used.has(ID.cloudfront))
        participants.push({ kind: 'participant', id: ID.cloudfront, label: 'Amazon CloudFront' });
    if (used.has(ID.logs))
        participants.push({ kind: 'participant', id: ID.logs, label: 'CloudWatch Logs' });
    for (const [name, id] of stacks)
        participants.push({ kind: 'participant', id, label: `${name} stack` });
    const body = renderText(inputs.templates, 'diagram/sequence', { title: `${phase}-${component.id}`, participants, statements });
    const content = `%% ${HEADER_MARK} from ${component.file} — do not edit.\n${body.replace(/\n*$/, '\n')}`;
    return { path: `${inputs.diagramsDir}/${diagramName(phase, component.id)}.mmd`, content, source: component.file, origins: [] };
}
/** Doc text for a diagram: code-span backticks dropped (Mermaid shows them literally), whitespace collapsed. */
function plain(text) {
    return (text ?? '').replace(/`/g, '').replace(/\s+/g, ' ').trim();
}
