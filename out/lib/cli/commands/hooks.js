/**
 * `docflow hooks install`: installs the git pre-commit hook.
 * `docflow hooks pre-commit`: what the hook runs (also from simple-git-hooks
 * or lefthook): regenerate from the staged docs and stage what changed.
 */
import { promises as fs } from 'node:fs';
import { GitError } from '../../hooks/git.js';
import { installHook } from '../../hooks/install.js';
import { preCommitPlan } from '../../hooks/plan.js';
import { parseCommandArgs, verbosityOption } from '../args.js';
import { ExitCode, UsageError } from '../io.js';
export async function hooksCommand(argv, io) {
    const { values, positionals } = parseCommandArgs('hooks', argv, { 'no-render': { type: 'boolean' } }, true);
    const verbosity = verbosityOption('hooks', values);
    const [action, ...rest] = positionals;
    if (rest.length > 0 || (action !== 'install' && action !== 'pre-commit'))
        throw new UsageError(`hooks: expected \`install\` or \`pre-commit\`${action === undefined ? '' : `, got \`${positionals.join(' ')}\``}. See \`docflow hooks --help\`.`);
    const cwd = values.root ? (await import('node:path')).resolve(io.cwd, values.root) : io.cwd;
    try {
        if (action === 'install') {
            const r = await installHook(cwd);
            if (r.kind === 'refused') {
                io.stderr.write(`docflow: hooks: \`${r.path}\` exists and was not written by docflow; it is left as it is.\nRun \`docflow hooks pre-commit\` from that hook instead, or see docs/cli.md for simple-git-hooks and lefthook.\n`);
                return ExitCode.problems;
            }
            if (verbosity !== 'quiet')
                io.stdout.write(`${r.kind === 'unchanged' ? 'already installed' : r.kind}: ${r.path}\n`);
            return ExitCode.ok;
        }
        return await preCommit(cwd, io, values, verbosity);
    }
    catch (e) {
        if (e instanceof GitError)
            throw new UsageError(`hooks: ${e.message}`);
        throw e;
    }
}
async function preCommit(cwd, io, values, verbosity) {
    const plan = preCommitPlan(cwd);
    if (plan.relevant.length === 0) {
        if (verbosity === 'verbose')
            io.stderr.write('docflow pre-commit: no docs, templates or config staged; nothing to do\n');
        return ExitCode.ok;
    }
    const { changedGenerated, checkoutIndex, repoCacheDir, stageGenerated } = await import('../../hooks/pre-commit.js');
    const { generateOnce } = await import('./generate.js');
    const { root, before } = await checkoutIndex(plan);
    try {
        const quietOut = { ...io, stdout: { write: () => undefined, isTTY: false }, cwd: root };
        const code = await generateOnce({ root, 'cache-dir': repoCacheDir(plan), ...(values['no-render'] ? { 'no-render': true } : {}) }, quietOut, 'text', verbosity === 'verbose' ? 'verbose' : 'quiet');
        if (code !== ExitCode.ok) {
            io.stderr.write('docflow pre-commit: the staged docs have errors (above); commit refused. Fix them, stage the fix, and commit again.\n');
            return code;
        }
        const changes = await changedGenerated(plan, root, before);
        await stageGenerated(plan, root, before, changes);
        if (verbosity !== 'quiet') {
            for (const p of changes.write)
                io.stderr.write(`docflow pre-commit: staged ${p}\n`);
            for (const p of changes.remove)
                io.stderr.write(`docflow pre-commit: staged removal of ${p}\n`);
        }
        return ExitCode.ok;
    }
    finally {
        await fs.rm(root, { recursive: true, force: true });
    }
}
