/** `docflow check`: doc diagnostics plus drift of generated files. */
import { hasErrors } from '../../diagnostics/diagnostic.js';
import { formatOption, parseCommandArgs } from '../args.js';
import { type CliIO, ExitCode } from '../io.js';
import { report } from '../report.js';
import { openProject } from './project.js';

export async function checkCommand(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs('check', argv, { format: { type: 'string' } });
  const format = formatOption('check', values.format as string | undefined, ['text', 'json', 'github'] as const, 'text');
  const project = await openProject(values, io, format);
  if (typeof project === 'number') return project;
  const diagnostics = project.analysis.diagnostics;
  report(io, io.stdout, format, diagnostics, project.files.length, new Map(project.files.map((f) => [f.path, f.text])));
  return hasErrors(diagnostics) ? ExitCode.problems : ExitCode.ok;
}
