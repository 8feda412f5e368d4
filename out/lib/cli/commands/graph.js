/** `docflow graph`: deploy and delete waves. */
import { hasErrors } from '../../diagnostics/diagnostic.js';
import { dagDiagram } from '../../emit/diagram/dag.js';
import { formatPlanText, plan } from '../../graph/format.js';
import { formatOption, parseCommandArgs } from '../args.js';
import { ExitCode } from '../io.js';
import { report } from '../report.js';
import { openProject } from './project.js';
export async function graphCommand(argv, io) {
    const { values } = parseCommandArgs('graph', argv, { format: { type: 'string' } });
    const format = formatOption('graph', values.format, ['text', 'json', 'mermaid'], 'text');
    const project = await openProject(values, io);
    if (typeof project === 'number')
        return project;
    const { analysis } = project;
    const p = plan(analysis, project.config.orchestrator.maxReusableWorkflows);
    if (format === 'json')
        io.stdout.write(JSON.stringify(p, null, 2) + '\n');
    else if (format === 'mermaid') {
        // The same flowchart as the generated deploy-all-dag.mmd, without its header.
        const { config, templates } = project;
        const dag = dagDiagram(analysis.components, { config, templates, graphs: analysis.graphs, byId: analysis.byId, diagramsDir: config.paths.diagrams.replace(/\/+$/, '') });
        io.stdout.write(dag.content.slice(dag.content.indexOf('\n') + 1));
    }
    else
        io.stdout.write(formatPlanText(p));
    const errors = analysis.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0)
        report(io, io.stderr, 'text', errors, project.files.length);
    return hasErrors(errors) ? ExitCode.problems : ExitCode.ok;
}
