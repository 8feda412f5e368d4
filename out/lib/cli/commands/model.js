/** `docflow model`: the parsed model as JSON on stdout. */
import { hasErrors } from '../../diagnostics/diagnostic.js';
import { modelJson } from '../../model/json.js';
import { parseCommandArgs } from '../args.js';
import { ExitCode } from '../io.js';
import { openProject } from './project.js';
export async function modelCommand(argv, io) {
    const { values } = parseCommandArgs('model', argv, {});
    const project = await openProject(values, io);
    if (typeof project === 'number')
        return project;
    io.stdout.write(JSON.stringify(modelJson(project.analysis), null, 2) + '\n');
    return hasErrors(project.analysis.diagnostics) ? ExitCode.problems : ExitCode.ok;
}
