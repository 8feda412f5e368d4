import { normalizeDiagnostics } from '../diagnostics/diagnostic.js';
import { createHash } from 'node:crypto';
import { PHASES } from '../model/types.js';
import { orchestratorBlockers, workflowBlockers } from './blocking.js';
import { TemplateError } from './templates.js';
import { reducedNeeds } from '../graph/orchestration.js';
import { orchestratorWorkflows } from './workflow/orchestrator.js';
import { componentWorkflow, guardDependencies, stackOwners } from './workflow/component.js';
import { orchestratorFileName, workflowFileName } from './naming.js';
import { dagDiagram } from './diagram/dag.js';
import { sequenceDiagram } from './diagram/sequence.js';
/**
 * Everything a component workflow and its diagram are made from: the memo's
 * base, the phase, the component as modelled (its doc, its settings, its
 * steps as read, its references resolved against the other docs) and the
 * stacks its runtime guard checks, which come from other docs.
 */
export function emitKey(base, component, phase, guard, diagrams, dirs) {
    return createHash('sha256').update(JSON.stringify([base, phase, diagrams, dirs.workflowsDir, dirs.diagramsDir, guard, component])).digest('hex');
}
/** Hashes `component` for {@link emitKey}. */
export function componentHash(component) {
    // The front matter's YAML document and line counter are its text (kept in `yaml`) parsed: left out. Without a replacer, JSON.stringify stays on V8's fast path.
    const frontMatter = component.frontMatter ? { ...component.frontMatter, document: undefined, lines: undefined } : null;
    return createHash('sha256').update(JSON.stringify({ ...component, frontMatter })).digest('hex');
}
/** Generates every workflow the docs describe. */
export function generateWorkflows(inputs) {
    const { analysis, config, templates } = inputs;
    const workflowsDir = config.paths.workflows.replace(/\/+$/, '');
    const diagramsDir = config.paths.diagrams.replace(/\/+$/, '');
    const byId = analysis.byId;
    const byStack = stackOwners(byId);
    // Both phases' emit keys hash the same model: hash it once per component.
    const hashes = new Map();
    const hashOf = (c) => hashes.get(c) ?? hashes.set(c, componentHash(c)).get(c);
    const files = [];
    const heldBack = [];
    const diagnostics = [];
    const plans = [];
    for (const phase of PHASES) {
        const callables = [];
        let complete = true;
        for (const c of byId.values()) {
            const wf = c.workflows[phase];
            if (!wf)
                continue;
            const own = c.options.config;
            const path = `${workflowsDir}/${workflowFileName(phase, c.id, config)}`;
            const blockers = workflowBlockers(c, phase, analysis);
            const diagramPath = `${diagramsDir}/${phase}-${c.id}`;
            if (blockers.length > 0) {
                heldBack.push(path, `${diagramPath}.mmd`, `${diagramPath}.svg`);
                complete = false;
                diagnostics.push({
                    ruleId: 'not-generated',
                    severity: 'info',
                    message: `Not generated: \`${path}\` (fix the ${blockers.length === 1 ? 'error' : `${blockers.length} errors`} reported for it first)`,
                    file: c.file,
                    start: wf.position.start,
                });
                continue;
            }
            try {
                const diagrams = inputs.diagrams !== false;
                const memo = inputs.memo;
                const key = memo ? emitKey(memo.base, hashOf(c), phase, guardDependencies(c.id, analysis.graphs[phase], byId), diagrams, { workflowsDir, diagramsDir }) : '';
                let out = memo?.get(key);
                if (!out) {
                    const wf = componentWorkflow(c, phase, { config, templates, graphs: analysis.graphs, byId, byStack, workflowsDir });
                    const diagram = diagrams ? sequenceDiagram(c, phase, { config, templates, graphs: analysis.graphs, byId, diagramsDir }, wf.guardAfter) : null;
                    out = { workflow: wf.file, diagram, guardAfter: wf.guardAfter, secrets: wf.secrets, idToken: wf.idToken };
                    memo?.set(key, out);
                }
                files.push(out.workflow);
                if (out.diagram)
                    files.push(out.diagram);
                const envs = own.environments;
                const limited = envs.length !== config.environments.length || envs.some((e) => !config.environments.includes(e));
                // A workflow run only by its own trigger is not part of deploy-all / delete-all.
                if (own.workflow[phase].orchestrated)
                    callables.push({ id: c.id, secrets: out.secrets, idToken: out.idToken, environments: limited ? envs : null });
            }
            catch (e) {
                if (!(e instanceof TemplateError))
                    throw e;
                heldBack.push(path, `${diagramPath}.mmd`, `${diagramPath}.svg`);
                complete = false;
                diagnostics.push(templateDiagnostic(e));
            }
        }
        // Orchestrator parts are named `<phase>-all`, `<phase>-all-2`, …: hold all of them back together.
        const orchestratorPrefix = `${workflowsDir}/${phase}-all`;
        const blockers = orchestratorBlockers(analysis);
        if (!complete || blockers.length > 0) {
            heldBack.push(orchestratorFileName(orchestratorPrefix, config), `${orchestratorPrefix}-*`);
            const at = blockers[0] ?? diagnostics.find((d) => d.ruleId === 'not-generated' || d.ruleId === 'template-error');
            if (at) {
                diagnostics.push({
                    ruleId: 'not-generated',
                    severity: 'info',
                    message: `Not generated: \`${orchestratorFileName(orchestratorPrefix, config)}\` (it calls every ${phase} workflow; fix the errors reported for them first)`,
                    file: at.file,
                    start: at.start,
                });
            }
            continue;
        }
        if (callables.length === 0)
            continue;
        const needs = reducedNeeds(analysis.graphs[phase], new Set(callables.map((c) => c.id)));
        try {
            const out = orchestratorWorkflows(phase, callables, needs, { config, templates, workflowsDir, docsDir: config.paths.docs });
            files.push(...out.files);
            plans.push(out.plan);
        }
        catch (e) {
            if (!(e instanceof TemplateError))
                throw e;
            heldBack.push(orchestratorFileName(orchestratorPrefix, config), `${orchestratorPrefix}-*`);
            diagnostics.push(templateDiagnostic(e));
        }
    }
    if (inputs.diagrams !== false) {
        const dagPath = `${diagramsDir}/deploy-all-dag.mmd`;
        if (orchestratorBlockers(analysis).length > 0)
            heldBack.push(dagPath, dagPath.replace(/\.mmd$/, '.svg'));
        else {
            try {
                files.push(dagDiagram(analysis.components, { config, templates, graphs: analysis.graphs, byId, diagramsDir }));
            }
            catch (e) {
                if (!(e instanceof TemplateError))
                    throw e;
                heldBack.push(dagPath, dagPath.replace(/\.mmd$/, '.svg'));
                diagnostics.push(templateDiagnostic(e));
            }
        }
    }
    // Reserved ids (invalid-value) keep generated names apart; two files on one path would be a docflow bug.
    const seen = new Set();
    for (const f of files) {
        if (seen.has(f.path))
            throw new Error(`two generated files share the path ${f.path}`);
        seen.add(f.path);
    }
    return { files: files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)), heldBack: heldBack.sort(), diagnostics: normalizeDiagnostics(diagnostics), plans };
}
function templateDiagnostic(e) {
    return { ruleId: 'template-error', severity: 'error', message: e.message, file: e.file, start: { line: e.line, column: e.column }, hint: 'Fix the template; docflow parses every rendered file back as YAML.' };
}
