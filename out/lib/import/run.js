/**
 * `docflow import`, the pure pipeline: hand-written workflow files → one doc
 * per component id (deploy-<id> and delete-<id> paired), dependencies from
 * deploy-all / delete-all and from the stacks a workflow reads, settings into
 * the config and front matter, and every part it could not map.
 */
import path from 'node:path';
import { parseDocument } from 'yaml';
import { cmp } from '../diagnostics/diagnostic.js';
import { headerSource } from '../emit/files.js';
import { configText } from './config-file.js';
import { renderDoc } from './doc.js';
import { readWorkflow } from './read.js';
import { resolveSettings, setPath } from './settings.js';
import { importWorkflow } from './workflow.js';
const ORCHESTRATOR = /^(deploy|delete)-all$/;
const COMPONENT = /^(deploy|delete)-([a-z0-9][a-z0-9-]*)$/;
/** Orchestrator jobs: component id → the ids of the jobs it needs, as component ids. */
function orchestration(wf, phase, findings) {
    const byJob = new Map();
    for (const job of wf.jobs) {
        const m = job.uses ? /^\.\/\.github\/workflows\/(deploy|delete)-([a-z0-9-]+)\.ya?ml$/.exec(job.uses) : null;
        if (m && m[1] === phase)
            byJob.set(job.id, m[2]);
    }
    const out = new Map();
    for (const job of wf.jobs) {
        const id = byJob.get(job.id);
        if (!id) {
            if (job.uses || job.steps.length > 0)
                findings.push({ ruleId: 'import-unmapped', file: wf.file, position: job.position, message: `Job \`${job.id}\` of \`${wf.base}\` does not call a \`${phase}-<id>\` workflow; docflow generates the orchestrator's jobs from the docs` });
            continue;
        }
        out.set(id, job.needs.map((n) => byJob.get(n)).filter((n) => n !== undefined));
    }
    return out;
}
/** A project setting as the config will have it: the file's own value, else the inferred one, else the default. */
function projectValue(input, inferred, key) {
    const file = input.configFile ? parseDocument(input.configFile.text) : null;
    if (file?.hasIn([key]))
        return input.config[key];
    return inferred.find(([k]) => k === key)?.[1] ?? input.config[key];
}
function sorted(values) {
    return [...new Set(values)].sort(cmp);
}
export function importWorkflows(input) {
    const findings = [];
    const sortedInputs = [...input.workflows].sort((a, b) => cmp(a.file, b.file));
    const generated = sortedInputs.filter((w) => headerSource(w.text) !== null).map((w) => w.file);
    const files = sortedInputs.filter((w) => headerSource(w.text) === null).map((w) => readWorkflow(w.file, w.text));
    const orchestrators = new Map();
    const pairs = new Map();
    for (const wf of files) {
        const o = ORCHESTRATOR.exec(wf.base);
        if (o) {
            orchestrators.set(o[1], wf);
            continue;
        }
        const m = COMPONENT.exec(wf.base);
        if (!m) {
            findings.push({ ruleId: 'import-unmapped', file: wf.file, position: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }, message: `\`${path.basename(wf.file)}\` is not a \`deploy-<id>\`/\`delete-<id>\` workflow: read for context only, and left as it is` });
            continue;
        }
        const pair = pairs.get(m[2]) ?? {};
        if (pair[m[1]])
            findings.push({ ruleId: 'import-disagreement', file: wf.file, position: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }, message: `Both \`${pair[m[1]].file}\` and \`${wf.file}\` are the ${m[1]} workflow of \`${m[2]}\`; the first is imported` });
        else
            pair[m[1]] = wf;
        pairs.set(m[2], pair);
    }
    const settings = [];
    const components = [];
    const adopted = [];
    const texts = new Map(input.workflows.map((w) => [w.file, w.text]));
    for (const [id, pair] of [...pairs.entries()].sort(([a], [b]) => cmp(a, b))) {
        const c = { id, stack: null, workflows: {}, dependencies: { deploy: [], delete: [] }, requiredBy: { deploy: [], delete: [] }, reasons: new Map(), frontMatter: {} };
        for (const phase of ['deploy', 'delete']) {
            const wf = pair[phase];
            if (!wf)
                continue;
            const result = importWorkflow(wf, id, phase, input.kinds);
            findings.push(...result.findings);
            settings.push(...result.settings);
            if (result.jobId === null)
                continue;
            c.workflows[phase] = result.workflow;
            adopted.push(wf.file);
        }
        const own = [...(c.workflows.deploy?.stacks ?? []).filter((s) => s.action === 'deploy'), ...(c.workflows.delete?.stacks ?? []).filter((s) => s.action === 'delete')];
        c.stack = own[0]?.name ?? null;
        for (const other of sorted(own.map((s) => s.name)).filter((s) => s !== c.stack)) {
            const wf = c.workflows.deploy ?? c.workflows.delete;
            findings.push({ ruleId: 'import-unmapped', file: wf.file, position: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }, message: `\`${id}\` deploys or deletes a second stack \`${other}\`; the doc's stack is \`${c.stack}\`` });
        }
        components.push(c);
    }
    // Dependencies: deploy-all's needs and the stacks a deploy reads; delete-all's needs, else the reverse of deploy.
    const byId = new Map(components.map((c) => [c.id, c]));
    const byStack = new Map(components.filter((c) => c.stack).map((c) => [c.stack, c.id]));
    const deployAll = orchestrators.get('deploy');
    const deleteAll = orchestrators.get('delete');
    const deployNeeds = deployAll ? orchestration(deployAll, 'deploy', findings) : new Map();
    const deleteNeeds = deleteAll ? orchestration(deleteAll, 'delete', findings) : new Map();
    // The orchestrators become the docs' dependencies: generated from them, they are adopted too.
    if (deployAll && deployNeeds.size > 0)
        adopted.push(deployAll.file);
    if (deleteAll && deleteNeeds.size > 0)
        adopted.push(deleteAll.file);
    const addDep = (c, phase, on, reason) => {
        const target = byId.get(on);
        if (!target || on === c.id)
            return;
        if (!c.dependencies[phase].includes(on))
            c.dependencies[phase].push(on);
        if (!target.requiredBy[phase].includes(c.id))
            target.requiredBy[phase].push(c.id);
        if (!c.reasons.has(`on:${phase}:${on}`))
            c.reasons.set(`on:${phase}:${on}`, reason);
        if (!target.reasons.has(`by:${phase}:${c.id}`))
            target.reasons.set(`by:${phase}:${c.id}`, reason);
    };
    for (const c of components) {
        for (const need of deployNeeds.get(c.id) ?? [])
            addDep(c, 'deploy', need, `in \`${deployAll.base}\``);
        const deploy = c.workflows.deploy;
        if (deploy) {
            const text = texts.get(deploy.file) ?? '';
            for (const [stack, other] of byStack) {
                if (other !== c.id && new RegExp(`(^|[^A-Za-z0-9-])${stack.replace(/[-]/g, '\\-')}($|[^A-Za-z0-9-])`).test(text))
                    addDep(c, 'deploy', other, `\`deploy-${c.id}\` reads \`${stack}\``);
            }
        }
        if (deployAll && c.workflows.deploy && !deployNeeds.has(c.id))
            c.workflows.deploy.options.orchestrated = false;
        if (deleteAll && c.workflows.delete && !deleteNeeds.has(c.id))
            c.workflows.delete.options.orchestrated = false;
    }
    for (const c of components) {
        if (!c.workflows.delete)
            continue;
        if (deleteAll)
            for (const need of deleteNeeds.get(c.id) ?? [])
                addDep(c, 'delete', need, `in \`${deleteAll.base}\``);
        else
            for (const other of c.requiredBy.deploy)
                if (byId.get(other)?.workflows.delete)
                    addDep(c, 'delete', other, `\`${other}\` reads \`${c.stack ?? c.id}\``);
    }
    for (const c of components)
        for (const phase of ['deploy', 'delete']) {
            c.dependencies[phase] = sorted(c.dependencies[phase]);
            c.requiredBy[phase] = sorted(c.requiredBy[phase]);
        }
    if (deployAll)
        settings.push({ key: 'orchestrator.secrets', value: deployAll.jobs.some((j) => j.secrets === 'inherit') ? 'inherit' : 'explicit', component: '', phase: 'deploy', file: deployAll.file, position: deployAll.jobs[0]?.position ?? { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } } });
    // Settings: the config and per-component front matter.
    const resolved = resolveSettings(settings);
    findings.push(...resolved.findings);
    const projectEnvironments = projectValue(input, resolved.config, 'environments');
    for (const c of components) {
        for (const [key, value] of resolved.frontMatter.get(c.id) ?? [])
            setPath(c.frontMatter, key, value);
        // A default environment other than the first of the component's environments is the workflow's own.
        const environments = c.frontMatter.environments ?? projectEnvironments;
        for (const phase of ['deploy', 'delete']) {
            const wf = c.workflows[phase];
            if (wf?.defaultEnvironment && wf.defaultEnvironment !== environments[0])
                wf.options.defaultEnvironment = wf.defaultEnvironment;
        }
        for (const phase of ['deploy', 'delete']) {
            const options = c.workflows[phase]?.options;
            if (options && Object.keys(options).length > 0)
                c.frontMatter[phase] = { ...(c.frontMatter[phase] ?? {}), ...options };
        }
    }
    const docsDir = input.config.paths.docs;
    const docs = components.map((c) => {
        const file = path.posix.join(docsDir, `${c.id}.md`);
        return { file, component: c.id, text: renderDoc(c, { docPath: file, diagrams: input.config.paths.diagrams, deletable: (id) => Boolean(byId.get(id)?.workflows.delete) }) };
    });
    const config = configText(input.configFile, resolved.config);
    findings.sort((a, b) => cmp(a.file, b.file) || a.position.start.line - b.position.start.line || a.position.start.column - b.position.start.column || cmp(a.message, b.message));
    return { components, docs, config, adopted: adopted.sort(cmp), generated, findings };
}
