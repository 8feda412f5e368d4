import { bareCondition, docSource, firstSetSources, onlyExpression, valueSource } from './values.js';
/** The `workflowName` patterns docflow knows, tried in order. */
const NAME_PATTERNS = ['{Phase} {id}', '{phase}-{id}', '{Phase}-{id}', '{phase} {id}', '{Phase} {id} stack'];
/** `Env:` sentence of a step: its values with doc sources; a value no source can say is written as read, so `check` stops it. */
function envSentence(values) {
    if (values.length === 0)
        return null;
    return `Env: ${values.map((v) => `\`${v.name}\` (${v.source})`).join(', ')}.`;
}
function stepFinding(file, step, message) {
    return { ruleId: 'import-unmapped', file, position: step.position, message };
}
/** The job that runs the phase: the one with steps. */
function phaseJob(wf) {
    return wf.jobs.find((j) => j.steps.length > 0) ?? null;
}
/** `run-tests.yaml` of `uses: ./.github/workflows/run-tests.yaml`, else null. */
function localWorkflow(uses) {
    return uses ? (/^\.\/\.github\/workflows\/([^/]+\.ya?ml)$/.exec(uses)?.[1] ?? null) : null;
}
/** A workflow that is one job calling a workflow of the folder (and nothing else). */
function callJob(wf) {
    return wf.jobs.length === 1 && localWorkflow(wf.jobs[0].uses) ? wf.jobs[0] : null;
}
/** A call job's environment: the `with` value that passes the workflow's own input of the same name (`target_env: ${{ inputs.target_env }}`). */
function calledEnvironment(job, wf) {
    const declared = (trigger) => Object.keys((wf.on[trigger] ?? {}).inputs ?? {});
    const names = new Set([...declared('workflow_dispatch'), ...declared('workflow_call')]);
    return Object.entries(job.with).find(([k, v]) => names.has(k) && onlyExpression(String(v)) === `inputs.${k}`)?.[1];
}
/** `${{ inputs.x }}` or `${{ inputs.x || 'dev' }}`: the input and the environment it falls back to. */
export function environmentOf(value) {
    const m = /^inputs\.([A-Za-z_][\w-]*)(?:\s*\|\|\s*'([^']*)')?$/.exec(onlyExpression(String(value ?? '')) ?? '');
    return m ? { input: m[1], fallback: m[2] ?? null } : null;
}
/** The one default environment of a dispatch default and a fallback: null when neither is given, undefined when they differ. */
function defaultEnvironment(dispatchDefault, fallback) {
    const given = dispatchDefault === undefined || dispatchDefault === null ? null : String(dispatchDefault);
    if (given !== null && fallback !== null && given !== fallback)
        return undefined;
    return given ?? fallback;
}
export function importWorkflow(wf, component, phase, kinds) {
    const findings = [];
    const settings = [];
    const setting = (key, value, position = wf.jobs[0]?.position ?? { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }) => {
        settings.push({ key, value, component, phase, file: wf.file, position });
    };
    const workflow = { phase, file: wf.file, steps: [], options: {}, notes: [], stacks: [], defaultEnvironment: null };
    for (const p of wf.problems)
        findings.push({ ruleId: 'import-unmapped', file: wf.file, position: p.position, message: p.message });
    // The job that runs the phase: the one with steps, else a workflow that is one call of a reusable workflow (front matter `calls`).
    const job = phaseJob(wf) ?? callJob(wf);
    if (!job) {
        if (wf.problems.length === 0)
            findings.push({ ruleId: 'import-unmapped', file: wf.file, position: wf.jobs[0]?.position ?? { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }, message: `\`${wf.base}\` has no job with steps, nor is it one job that calls a workflow of this folder; docflow generates one job per component workflow` });
        return { workflow, settings, findings, jobId: null };
    }
    const called = job.steps.length === 0 ? localWorkflow(job.uses) : null;
    // The workflow: name, triggers, inputs, env.
    setting('naming.extension', wf.extension);
    const pattern = NAME_PATTERNS.find((p) => p.replace('{Phase}', phase[0].toUpperCase() + phase.slice(1)).replace('{phase}', phase).replace('{id}', component) === wf.name);
    if (pattern)
        setting('naming.workflowName', pattern);
    else if (wf.name)
        workflow.options.name = wf.name;
    const environment = environmentOf(called ? calledEnvironment(job, wf) : job.environment);
    const envInput = environment?.input ?? null;
    if (envInput)
        setting('naming.environmentInput', envInput, job.position);
    else
        findings.push({ ruleId: 'import-unmapped', file: wf.file, position: job.position, message: `Job \`${job.id}\` does not run in the environment of an input (\`environment: \${{ inputs.<name> }}\`, or \`\${{ inputs.<name> || '<environment>' }}\`); the generated job does` });
    if (called) {
        workflow.options.calls = { job: job.id, workflow: called, with: Object.fromEntries(Object.entries(job.with).filter(([k]) => k !== envInput).map(([k, v]) => [k, String(v)])) };
        if (job.secrets !== 'inherit')
            findings.push({ ruleId: 'import-unmapped', file: wf.file, position: job.position, message: `Job \`${job.id}\` passes ${job.secrets === undefined ? 'no secrets' : 'a list of secrets'} to \`${called}\`; the generated call passes every secret (\`secrets: inherit\`)` });
    }
    else
        setting(`naming.jobIds.${phase}`, job.id, job.position);
    const dispatch = (wf.on.workflow_dispatch ?? {});
    const inputs = {};
    for (const [name, spec] of Object.entries(dispatch.inputs ?? {})) {
        if (name === envInput) {
            if (Array.isArray(spec.options))
                setting('environments', spec.options.map(String), job.position);
            const chosen = defaultEnvironment(spec.default, environment?.fallback ?? null);
            if (chosen === undefined)
                findings.push({ ruleId: 'import-unmapped', file: wf.file, position: job.position, message: `The dispatch form preselects \`${String(spec.default)}\` but the job falls back to \`${environment?.fallback}\`; docflow uses one default environment for both (front matter \`${phase}.defaultEnvironment\`)` });
            else if (chosen !== null)
                workflow.defaultEnvironment = chosen;
            continue;
        }
        inputs[name] = Object.fromEntries(Object.entries(spec).filter(([k]) => ['description', 'type', 'default', 'options', 'required'].includes(k)));
    }
    if (workflow.defaultEnvironment === null && environment?.fallback)
        workflow.defaultEnvironment = environment.fallback;
    const on = {};
    for (const [trigger, spec] of Object.entries(wf.on)) {
        if (trigger === 'workflow_dispatch' || trigger === 'workflow_call')
            continue;
        if (['repository_dispatch', 'push', 'schedule'].includes(trigger))
            on[trigger] = spec;
        else
            findings.push({ ruleId: 'import-unmapped', file: wf.file, position: job.position, message: `Trigger \`${trigger}\` is not one docflow generates (repository_dispatch, push, schedule)` });
    }
    if (Object.keys(on).length > 0)
        workflow.options.on = on;
    setting('env', { ...wf.env, ...job.env }, job.position);
    if (job.runsOn !== undefined)
        setting('runner', job.runsOn, job.position);
    if (job.timeoutMinutes !== null)
        setting('timeoutMinutes', job.timeoutMinutes, job.position);
    if (job.if)
        workflow.options.if = job.if;
    for (const other of job.otherKeys)
        findings.push({ ruleId: 'import-unmapped', file: wf.file, position: other.position, message: `Job key \`${other.key}\` is not one docflow generates` });
    // Other jobs: post-deploy tests calling a reusable workflow; anything else is unmapped.
    for (const other of wf.jobs) {
        if (other === job)
            continue;
        const local = localWorkflow(other.uses);
        if (phase === 'deploy' && local && other.needs.includes(job.id)) {
            const withValues = Object.fromEntries(Object.entries(other.with).filter(([k]) => k !== envInput).map(([k, v]) => [k, String(v)]));
            workflow.options.tests = { workflow: local, with: withValues };
            delete inputs.run_tests;
            continue;
        }
        findings.push({ ruleId: 'import-unmapped', file: wf.file, position: other.position, message: `Job \`${other.id}\` is a second job docflow does not generate (only a post-deploy \`test\` job that calls a workflow of this folder)` });
    }
    if (Object.keys(inputs).length > 0)
        workflow.options.inputs = inputs;
    // The steps.
    const ctx = { component, phase, source: docSource, valueSource };
    const checkouts = [];
    for (const step of job.steps) {
        for (const other of step.otherKeys)
            findings.push({ ruleId: 'import-unmapped', file: wf.file, position: other.position, message: `Step key \`${other.key}\` is not one docflow generates` });
        // The action refs the workflows use become pins, so the generated steps run the same action versions.
        if (step.uses && step.ref)
            setting(`pins.actions.${step.uses}`, step.ref, step.position);
        if (step.uses === 'actions/checkout' && (step.with.repository || step.with.path)) {
            const { repository, ref, path, token, ...rest } = step.with;
            const refSources = ref === undefined ? null : firstSetSources(ref);
            const tokenSource = token === undefined ? null : valueSource(token);
            if (ref !== undefined && !refSources)
                findings.push(stepFinding(wf.file, step, `Checkout \`ref\` \`${ref}\` is neither a value source nor secrets, variables, inputs and \`github.ref\`/\`ref_name\`/\`sha\` joined by \`||\``));
            if (token !== undefined && !tokenSource)
                findings.push(stepFinding(wf.file, step, `Checkout \`token\` \`${token}\` reads a context a value source cannot name`));
            for (const key of Object.keys(rest))
                findings.push(stepFinding(wf.file, step, `\`with.${key}\` of the checkout of \`${repository}\``));
            const refValue = refSources ? (refSources.length === 1 ? refSources[0] : refSources) : undefined;
            checkouts.push({ repository, ...(refValue ? { ref: refValue } : {}), path: path ?? repository?.split('/').at(-1), ...(tokenSource ? { token: tokenSource } : {}) });
            continue;
        }
        let adopted = null;
        let kindId = '';
        for (const kind of kinds) {
            adopted = kind.adopt?.(step, ctx) ?? null;
            if (adopted) {
                kindId = kind.id;
                break;
            }
        }
        if (!adopted) {
            const what = step.uses ? `uses \`${step.uses}\`` : 'is not a `run:` or a known action';
            findings.push(stepFinding(wf.file, step, `Step \`${step.name ?? step.uses ?? step.run?.split('\n')[0]}\` ${what}, which no step kind adopts`));
            workflow.notes.push(`Not imported: the step \`${(step.name ?? step.uses ?? '').replace(/`/g, "'")}\` (${wf.file}:${step.position.start.line}).`);
            continue;
        }
        for (const message of adopted.unmapped ?? [])
            findings.push(stepFinding(wf.file, step, `Step \`${step.name ?? kindId}\`: ${message}`));
        for (const s of adopted.settings ?? [])
            setting(s.key, s.value, step.position);
        for (const s of adopted.stacks ?? [])
            workflow.stacks.push({ action: s.action, name: s.name });
        const options = [];
        if (step.id)
            options.push(`Id \`${step.id}\`.`);
        if (step.if && !adopted.takesCondition)
            options.push(`Only if \`${step.if}\`.`);
        if (step.continueOnError)
            options.push('Continues on error.');
        if (step.workingDirectory && !adopted.takesWorkingDirectory)
            options.push(`In \`${step.workingDirectory}\`.`);
        const env = [
            ...(adopted.env ?? []),
            ...Object.entries(step.env).filter(([name]) => !adopted.takesEnv?.includes(name)).map(([name, value]) => {
                const source = docSource(value);
                if (!source)
                    findings.push(stepFinding(wf.file, step, `Env \`${name}\` = \`${value}\` reads a context docs may not name; written as read, so \`check\` reports it`));
                return { name, source: source ?? `from ${bareCondition(value)}` };
            }),
        ];
        const sentence = envSentence(env);
        if (sentence)
            options.push(sentence);
        const imported = { text: adopted.text, body: adopted.body ?? [], options, kind: kindId, id: step.id, produces: adopted.produces ?? [], file: wf.file, position: step.position };
        workflow.steps.push(imported);
    }
    if (checkouts.length > 0)
        workflow.options.checkout = checkouts;
    return { workflow, settings, findings, jobId: job.id };
}
