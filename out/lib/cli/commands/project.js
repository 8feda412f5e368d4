/** Loads the project for a command; config problems end the command with exit 2. */
import { hasErrors } from '../../diagnostics/diagnostic.js';
import { DocsFolderError } from '../../model/load.js';
import { analyzeProject, loadProjectInputs } from '../../project.js';
import { rootOption } from '../args.js';
import { ExitCode, UsageError } from '../io.js';
import { report } from '../report.js';
/** The project's inputs (config, docs, templates; no doc parsed yet), or an exit code after reporting why they could not be loaded. */
export async function openProjectInputs(values, io, format = 'text') {
    const root = rootOption(values.root, io.cwd);
    let inputs;
    try {
        inputs = await loadProjectInputs({ root, ...(values.docs !== undefined ? { docs: values.docs } : {}) });
    }
    catch (e) {
        if (e instanceof DocsFolderError)
            throw new UsageError(e.message);
        throw e;
    }
    if (hasErrors(inputs.configDiagnostics)) {
        report(io, io.stderr, format, inputs.configDiagnostics, null);
        return ExitCode.usage;
    }
    return inputs;
}
/** The analysed project, or an exit code after reporting why it could not be loaded. */
export async function openProject(values, io, format = 'text') {
    const inputs = await openProjectInputs(values, io, format);
    return typeof inputs === 'number' ? inputs : analyzeProject(inputs);
}
