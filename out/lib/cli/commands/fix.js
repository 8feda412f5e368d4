/** `docflow fix`: repairs what the checks can repair, in place, to a fixed point. `--dry-run` prints the diff instead. */
import path from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { writeAtomic } from '../../drift/atomic.js';
import { formatText } from '../../diagnostics/report/text.js';
import { repairs } from '../../fix/registry.js';
import { fixDocs } from '../../fix/run.js';
import { analyze } from '../../analyze.js';
import { parseCommandArgs } from '../args.js';
import { colorsFor, ExitCode, UsageError } from '../io.js';
import { openProject } from './project.js';
export async function fixCommand(argv, io) {
    const { values } = parseCommandArgs('fix', argv, { 'dry-run': { type: 'boolean' }, only: { type: 'string' } });
    const only = values.only;
    const fixable = repairs.map((r) => r.rule);
    if (only !== undefined && !fixable.includes(only))
        throw new UsageError(`fix: \`--only ${only}\` is not a rule fix repairs; expected one of ${fixable.map((r) => `\`${r}\``).join(', ')}`);
    const project = await openProject(values, io);
    if (typeof project === 'number')
        return project;
    const result = fixDocs(project.files, { ...project.analyzeOptions, ...(only !== undefined ? { only } : {}) });
    const colors = colorsFor(io.stdout, io.env);
    const before = new Map(project.files.map((f) => [f.path, f.text]));
    const dryRun = values['dry-run'] === true;
    for (const file of result.files) {
        if (!result.changed.includes(file.path))
            continue;
        if (dryRun)
            io.stdout.write(createTwoFilesPatch(`a/${file.path}`, `b/${file.path}`, before.get(file.path), file.text));
        else
            await writeAtomic(path.join(project.root, file.path), file.text);
    }
    io.stdout.write(formatText(result.applied, { colors, verbose: false, hints: false }));
    // What is left for a human among the rules fix repairs: placeholders and entries with several meanings.
    const left = analyze(result.files, project.analyzeOptions).diagnostics.filter((d) => d.severity === 'error' && (only ? d.ruleId === only : fixable.includes(d.ruleId)));
    const verb = dryRun ? 'would change' : 'changed';
    io.stdout.write(`${result.applied.length} repair${result.applied.length === 1 ? '' : 's'}; ${verb} ${result.changed.length} doc${result.changed.length === 1 ? '' : 's'}` + (left.length > 0 ? `; ${left.length} left for you (run \`docflow check\`)` : '') + '\n');
    return left.length > 0 ? ExitCode.problems : ExitCode.ok;
}
