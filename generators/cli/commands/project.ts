/** Loads the project for a command; config problems end the command with exit 2. */
import { hasErrors } from '../../diagnostics/diagnostic.js';
import { DocsFolderError } from '../../model/load.js';
import { loadProject, type Project } from '../../project.js';
import { rootOption } from '../args.js';
import { type CliIO, ExitCode, UsageError } from '../io.js';
import { report, type ReportFormat } from '../report.js';

/** The project, or an exit code after reporting why it could not be loaded. */
export async function openProject(values: Record<string, unknown>, io: CliIO, format: ReportFormat = 'text'): Promise<Project | number> {
  const root = rootOption(values.root as string | undefined, io.cwd);
  let project: Project;
  try {
    project = await loadProject({ root, ...(values.docs !== undefined ? { docs: values.docs as string } : {}) });
  } catch (e) {
    if (e instanceof DocsFolderError) throw new UsageError(e.message);
    throw e;
  }
  if (hasErrors(project.configDiagnostics)) {
    report(io, io.stderr, format, project.configDiagnostics, null);
    return ExitCode.usage;
  }
  return project;
}
