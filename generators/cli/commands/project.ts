/** Loads the project for a command; config problems end the command with exit 2. */
import { hasErrors } from '../../diagnostics/diagnostic.js';
import { DocsFolderError } from '../../model/load.js';
import { analyzeProject, loadProjectInputs, type Project, type ProjectInputs } from '../../project.js';
import { rootOption } from '../args.js';
import { type CliIO, ExitCode, UsageError } from '../io.js';
import { report, type ReportFormat } from '../report.js';

/** The project's inputs (config, docs, templates; no doc parsed yet), or an exit code after reporting why they could not be loaded. */
export async function openProjectInputs(values: Record<string, unknown>, io: CliIO, format: ReportFormat = 'text'): Promise<ProjectInputs | number> {
  const root = rootOption(values.root as string | undefined, io.cwd);
  let inputs: ProjectInputs;
  try {
    inputs = await loadProjectInputs({ root, ...(values.docs !== undefined ? { docs: values.docs as string } : {}) });
  } catch (e) {
    if (e instanceof DocsFolderError) throw new UsageError(e.message);
    throw e;
  }
  if (hasErrors(inputs.configDiagnostics)) {
    report(io, io.stderr, format, inputs.configDiagnostics, null);
    return ExitCode.usage;
  }
  return inputs;
}

/** The analysed project, or an exit code after reporting why it could not be loaded. */
export async function openProject(values: Record<string, unknown>, io: CliIO, format: ReportFormat = 'text'): Promise<Project | number> {
  const inputs = await openProjectInputs(values, io, format);
  return typeof inputs === 'number' ? inputs : analyzeProject(inputs);
}
