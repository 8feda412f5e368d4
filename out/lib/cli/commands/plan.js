/** `docflow plan deploy|delete [ids…]`: what must deploy, or be deleted first, as ordered waves. */
import { closest, distance } from 'fastest-levenshtein';
import { hasErrors } from '../../diagnostics/diagnostic.js';
import { nodeId } from '../../emit/diagram/dag.js';
import { formatPhasePlanMermaid, formatPhasePlanText, phasePlan } from '../../graph/plan.js';
import { PHASES } from '../../model/types.js';
import { formatOption, parseCommandArgs } from '../args.js';
import { ExitCode, UsageError } from '../io.js';
import { report } from '../report.js';
import { openProject } from './project.js';
export async function planCommand(argv, io) {
    const { values, positionals } = parseCommandArgs('plan', argv, { format: { type: 'string' } }, true);
    const format = formatOption('plan', values.format, ['text', 'json', 'mermaid'], 'text');
    const [phase, ...ids] = positionals;
    if (phase === undefined || !PHASES.includes(phase))
        throw new UsageError(`plan: expected \`deploy\` or \`delete\`${phase === undefined ? '' : `, got \`${phase}\``}. See \`docflow plan --help\`.`);
    const project = await openProject(values, io);
    if (typeof project === 'number')
        return project;
    const { analysis } = project;
    const known = [...analysis.byId.keys()];
    for (const id of ids) {
        if (analysis.byId.has(id))
            continue;
        const near = known.length > 0 ? closest(id, known) : null;
        throw new UsageError(`plan: unknown component \`${id}\`${near && distance(id, near) <= Math.max(2, Math.floor(id.length / 3)) ? `; did you mean \`${near}\`?` : ''}`);
    }
    const p = phasePlan(analysis.graphs[phase], [...new Set(ids)]);
    if (format === 'json')
        io.stdout.write(JSON.stringify(p, null, 2) + '\n');
    else if (format === 'mermaid')
        io.stdout.write(formatPhasePlanMermaid(p, nodeId));
    else
        io.stdout.write(formatPhasePlanText(p));
    // Ids on a cycle are left out of the waves; the errors say why.
    const errors = analysis.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0)
        report(io, io.stderr, 'text', errors, project.files.length);
    return hasErrors(errors) ? ExitCode.problems : ExitCode.ok;
}
