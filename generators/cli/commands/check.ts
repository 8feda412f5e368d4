/** `docflow check`: doc diagnostics, actionlint on the generated output, and drift against disk. Writes nothing, needs no browser. */
import { hasErrors, normalizeDiagnostics } from '../../diagnostics/diagnostic.js';
import { formatJson } from '../../diagnostics/report/json.js';
import { terminalSafe } from '../../diagnostics/report/terminal.js';
import { compareWithDisk, computeOutputs } from '../../outputs.js';
import { formatOption, parseCommandArgs } from '../args.js';
import { type CliIO, colorsFor, ExitCode } from '../io.js';
import { report } from '../report.js';
import { openProject } from './project.js';

export async function checkCommand(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs('check', argv, { format: { type: 'string' } });
  const format = formatOption('check', values.format as string | undefined, ['text', 'json', 'github'] as const, 'text');
  const project = await openProject(values, io, format);
  if (typeof project === 'number') return project;
  const outputs = await computeOutputs(project);
  const drift = await compareWithDisk(project, outputs);
  // `check` writes nothing, so "not generated" notes are noise here; the errors behind them are reported.
  const produced = outputs.diagnostics.filter((d) => d.ruleId !== 'not-generated');
  const diagnostics = normalizeDiagnostics([...project.analysis.diagnostics, ...produced, ...drift.diagnostics]);
  if (format === 'json') {
    const json = JSON.parse(formatJson(diagnostics)) as Record<string, unknown>;
    io.stdout.write(JSON.stringify({ ...json, drift: drift.entries }, null, 2) + '\n');
  } else {
    report(io, io.stdout, format, diagnostics, project.files.length, new Map(project.files.map((f) => [f.path, f.text])));
    if (format === 'text') {
      const c = colorsFor(io.stdout, io.env);
      for (const e of drift.entries) {
        if (!e.diff) continue;
        const colored = e.diff.split('\n').map(terminalSafe).map((l) => (l.startsWith('+') && !l.startsWith('+++') ? c.green(l) : l.startsWith('-') && !l.startsWith('---') ? c.red(l) : l.startsWith('@@') ? c.cyan(l) : l));
        io.stdout.write('\n' + colored.join('\n'));
      }
    }
  }
  return hasErrors(diagnostics) ? ExitCode.problems : ExitCode.ok;
}
