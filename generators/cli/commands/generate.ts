/** `docflow generate`: writes what the docs describe; only changed files, atomically; removes orphans. */
import { hasErrors, normalizeDiagnostics } from '../../diagnostics/diagnostic.js';
import { compareDrift, generatedOnDisk, readExisting } from '../../drift/drift.js';
import { writeGenerated } from '../../drift/write.js';
import { computeOutputs } from '../../outputs.js';
import { formatOption, parseCommandArgs } from '../args.js';
import { type CliIO, colorsFor, ExitCode } from '../io.js';
import { report } from '../report.js';
import { openProject } from './project.js';

export async function generateCommand(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs('generate', argv, {
    format: { type: 'string' },
    'require-render': { type: 'boolean' },
    'no-render': { type: 'boolean' },
  });
  const format = formatOption('generate', values.format as string | undefined, ['text', 'json', 'github'] as const, 'text');
  const project = await openProject(values, io, format);
  if (typeof project === 'number') return project;
  const outputs = await computeOutputs(project);
  const existing = await readExisting(project.root, outputs.files.map((f) => f.path));
  const headed = await generatedOnDisk(project.root, outputs.ownedDirs, ['.yml', '.yaml', '.mmd', '.svg']);
  const orphans = compareDrift(outputs.files, existing, headed, new Set(outputs.heldBack)).entries.filter((e) => e.kind === 'orphaned').map((e) => e.path);
  const summary = await writeGenerated(project.root, outputs.files, existing, orphans);
  const diagnostics = normalizeDiagnostics([...project.analysis.diagnostics, ...outputs.diagnostics]).filter((d) => d.severity !== 'info' || d.ruleId === 'not-generated');
  const shown = format === 'text' ? diagnostics.filter((d) => d.severity !== 'info' || d.ruleId === 'not-generated') : diagnostics;
  if (shown.length > 0 || format !== 'text') report(io, format === 'text' ? io.stderr : io.stdout, format, shown, project.files.length);
  const c = colorsFor(io.stdout, io.env);
  const line = `generate: ${summary.created.length} created, ${summary.updated.length} updated, ${summary.unchanged.length} unchanged, ${summary.removed.length} removed`;
  if (format === 'text') {
    for (const p of summary.created) io.stdout.write(`  ${c.green('created')}  ${p}\n`);
    for (const p of summary.updated) io.stdout.write(`  ${c.yellow('updated')}  ${p}\n`);
    for (const p of summary.removed) io.stdout.write(`  ${c.red('removed')}  ${p}\n`);
    io.stdout.write(line + '\n');
  } else io.stderr.write(line + '\n');
  return hasErrors(diagnostics) ? ExitCode.problems : ExitCode.ok;
}
