import { planOrchestration } from '../../graph/orchestration.js';
import { expression, orchestratorCondition } from '../expressions.js';
import { headerLines } from '../files.js';
import { renderYaml, TemplateError } from '../templates.js';
import { emitWorkflowYaml } from '../yaml.js';
import { environmentPath, orchestratorFileName, workflowFileName } from '../naming.js';
/** Plans and renders the orchestrator file(s) of a phase. */
export function orchestratorWorkflows(phase, callables, needs, inputs) {
    const plan = planOrchestration(phase, needs, inputs.config.orchestrator.maxReusableWorkflows);
    const byId = new Map(callables.map((c) => [c.id, c]));
    const files = plan.parts.map((part) => renderPart(phase, part, plan, byId, inputs));
    return { plan, files };
}
function renderPart(phase, part, plan, byId, inputs) {
    const { config, templates } = inputs;
    const count = plan.parts.length;
    const envPath = environmentPath(config);
    const environmentInput = config.naming.environmentInput;
    const label = count > 1 ? `${part.name} (part ${part.index} of ${count})` : part.name;
    const skeleton = renderYaml(templates, 'workflow/orchestrator', {
        name: part.name,
        runName: `${count > 1 ? `${phase}-all part ${part.index} of ${count}` : part.name} (${expression(envPath)})`,
        environmentInput,
        environments: config.environments,
        defaultEnvironment: config.environments[0],
        concurrencyGroup: `${part.name}-${expression(envPath)}`,
    });
    if (!skeleton || typeof skeleton !== 'object' || Array.isArray(skeleton))
        throw new TemplateError(templates.get('workflow/orchestrator')?.file ?? 'workflow/orchestrator', 1, 1, 'Template `workflow/orchestrator` must render a mapping');
    const jobs = {};
    const anyLimited = part.jobs.some((j) => byId.get(j.id)?.environments);
    for (const { id, needs } of part.jobs) {
        const job = renderYaml(templates, 'workflow/orchestrator-job', {
            name: `${phase === 'deploy' ? 'Deploy' : 'Delete'} ${id}`,
            needs,
            uses: `./${inputs.workflowsDir}/${workflowFileName(phase, id, config)}`,
            environmentInput,
            idToken: byId.get(id)?.idToken ?? false,
            condition: orchestratorCondition(byId.get(id)?.environments ?? null, anyLimited, envPath),
            environmentExpression: expression(envPath),
            secrets: config.orchestrator.secrets === 'inherit' ? 'inherit' : Object.fromEntries((byId.get(id)?.secrets ?? []).map((s) => [s, expression(`secrets.${s}`)])),
        });
        if (Array.isArray(job.needs) && job.needs.length === 0)
            delete job.needs;
        if (job.secrets && typeof job.secrets === 'object' && Object.keys(job.secrets).length === 0)
            delete job.secrets;
        jobs[id] = job;
    }
    const all = part.jobs.map((j) => j.id);
    jobs['docflow-summary'] = renderYaml(templates, 'workflow/orchestrator-summary', {
        needs: all,
        runner: config.runner,
        resultsExpression: expression('toJSON(needs)'),
        plan: JSON.stringify(part.waves.map((components, i) => ({ wave: i + 1, components }))),
        title: `${label}: components by wave`,
    });
    const next = plan.parts[part.index];
    if (next) {
        jobs['docflow-next'] = renderYaml(templates, 'workflow/orchestrator-next', {
            name: `Start ${next.name}`,
            needs: all,
            runner: config.runner,
            tokenExpression: expression('github.token'),
            nextFile: orchestratorFileName(next.name, config),
            environmentInput,
            environmentExpression: expression(envPath),
            refExpression: expression('github.ref_name'),
        });
    }
    skeleton.jobs = jobs;
    return {
        path: `${inputs.workflowsDir}/${orchestratorFileName(part.name, config)}`,
        content: emitWorkflowYaml(skeleton, { header: headerLines(`every doc in ${inputs.docsDir}`) }),
        source: null,
        origins: [],
    };
}
