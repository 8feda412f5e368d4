/**
 * npm in a folder: `npm ci`, then `npm run <script>`s, in the folder the
 * step names (its working directory; a checkout is inserted before it when
 * none comes first). Values for the build come through the step's `Env:`
 * option, from vars, secrets or earlier lookups. Script names reach the
 * shell through env.
 */
import { PARTICIPANT } from '../../emit/diagram/messages.js';
import { stepName } from '../../emit/workflow/step-view.js';
import { codePosition, codeSpans, defineStepKind, located, phrase } from '../kind.js';
import { codeValues, md } from '../hints.js';
import { commandWords, literalName } from '../adopt.js';
const FOLDER = String.raw `(?: (?:in|inside) (?:the )?(?:folder )?\x60([^\x60]+)\x60(?: folder)?)?`;
const COMMANDS = String.raw `\x60npm (?:ci|run [^\x60]+)\x60(?:(?:,| and|, and) \x60npm run [^\x60]+\x60)*`;
// `npm ci` in `ui`; `npm ci` and `npm run build` in `handbook`; Install and build `ui` with npm.
const commands = new RegExp(String.raw `^(?:run )?(${COMMANDS})${FOLDER}$`, 'i');
const prose = /^(install(?: the dependencies)?(?: and build)?|build) (?:the )?(?:folder )?`([^`]+)`(?: folder)? with npm$/i;
const SCRIPT = /^[\w:.@/-]+$/;
export const npmBuild = defineStepKind({
    id: 'npm-build',
    summary: 'Install with `npm ci` and run npm scripts (`npm run build`) in a folder.',
    hint: {
        like: 'an npm build',
        cues: [/\bnpm\b.*\bbuild\b|\bbuild\b.*\bnpm\b/i, /\bnpm\b/i],
        explain(step, ctx) {
            const folder = codeValues(step).find((v) => !/^npm /.test(v)) ?? '<folder>';
            return { lacks: 'is not phrased as an npm build in a folder (the folder in backticks)', write: md(`\`npm ci\` and \`npm run build\` in \`${folder}\``) };
        },
    },
    examples: ['Install and build `ui` with npm', '`npm ci` in `ui`', '`npm ci` and `npm run build` in `handbook`', '`npm run build` in `ui`.'],
    match(step) {
        const text = phrase(step);
        const p = prose.exec(text);
        if (p) {
            const build = /build/i.test(p[1]);
            return { params: { folder: located(step, p[2]), install: /^install/i.test(p[1]), scripts: build ? [{ value: 'build', position: step.position }] : [] } };
        }
        const m = commands.exec(text);
        if (!m)
            return null;
        // A lone `npm ci` with no folder is a plain shell command (the `shell` kind).
        if (m[2] === undefined && codeSpans(m[1]).length === 1)
            return null;
        const words = codeSpans(m[1]).map((c) => c.replace(/\s+/g, ' ').split(' ').slice(1));
        const scripts = words.filter((w) => w[0] === 'run').map((w) => w.slice(1).join(' '));
        // `npm run build -- --mode x` or a script with shell syntax is a shell command, not this kind.
        if (!scripts.every((s) => SCRIPT.test(s)))
            return null;
        return {
            params: {
                folder: m[2] === undefined ? null : located(step, m[2]),
                install: words[0][0] === 'ci',
                scripts: scripts.map((s, k) => ({ value: s, position: codePosition(step, codeSpans(m[1])[k + (words[0][0] === 'ci' ? 1 : 0)]) })),
            },
        };
    },
    facts: (params) => ({ needsCheckout: true, workingDirectory: params.folder }),
    emit: (params, ctx) => [
        {
            template: 'steps/npm-build',
            view: { name: stepName(ctx.step), env: { NPM_CI: params.install ? 'true' : 'false', NPM_SCRIPTS: JSON.stringify(params.scripts.map((s) => s.value)) } },
            secrets: [],
        },
    ],
    // `npm ci` or `npm run <script>` in a working directory: this kind runs the same command there.
    // (Without a folder it is a plain shell command, the `shell` kind's.)
    // One command a line: `npm ci` first, then `npm run <script>`s.
    adopt(step) {
        const folder = step.workingDirectory;
        if (step.run === null || !literalName(folder) || (step.shell && step.shell !== 'bash'))
            return null;
        const commands = step.run.split(/\r?\n/).filter((l) => l.trim()).map((l) => commandWords(l));
        const ok = commands.length > 0 && commands.every((w, k) => w && w[0] === 'npm' && ((k === 0 && w.length === 2 && w[1] === 'ci') || (w.length === 3 && w[1] === 'run' && SCRIPT.test(w[2]))));
        if (!ok)
            return null;
        return { text: `${commands.map((w) => `\`${w.join(' ')}\``).join(' and ')} in \`${folder}\``, takesWorkingDirectory: true };
    },
    diagram(params, ctx) {
        const commands = [...(params.install ? ['npm ci'] : []), ...params.scripts.map((s) => `npm run ${s.value}`)];
        ctx.say(PARTICIPANT.runner, PARTICIPANT.runner, `${commands.join(', ')}${params.folder ? ` in ${params.folder.value}` : ''}`);
    },
});
