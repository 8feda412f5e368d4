/**
 * Configured folders must stay inside the project: a config line (from a pull
 * request, say) must never point docflow's writes at `../elsewhere`, an
 * absolute path, `.git/hooks` or a symlink out of the root. A violation is a
 * config error (exit 2) at the config line.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { isNode, LineCounter, parseDocument } from 'yaml';
import { realPathProblem } from '../drift/containment.js';
const KEYS = ['docs', 'workflows', 'diagrams', 'templates'];
/** One diagnostic per configured folder that is not safely inside `root`; `docsFromFlag` marks a `--docs` override. */
export async function configPathDiagnostics(root, config, configFile, docsFromFlag) {
    const text = configFile ? await fs.readFile(path.join(root, configFile), 'utf8').catch(() => '') : '';
    const out = [];
    for (const key of KEYS) {
        const problem = await realPathProblem(root, config.paths[key]);
        if (!problem)
            continue;
        const fromFlag = key === 'docs' && docsFromFlag;
        const where = fromFlag || !configFile ? null : pointOf(text, ['paths', key]);
        out.push({
            ruleId: 'unsafe-path',
            severity: 'error',
            message: `Unsafe ${fromFlag ? '`--docs`' : `\`paths.${key}\``} \`${config.paths[key]}\`: ${problem}`,
            file: where ? configFile : fromFlag ? '--docs' : (configFile ?? 'docflow.config.yaml'),
            start: where ?? { line: 1, column: 1 },
            hint: 'Use a folder inside the project root, outside `.git/`, that is not a symlink leading out of the root.',
        });
    }
    return out;
}
function pointOf(text, segments) {
    const lines = new LineCounter();
    const node = parseDocument(text, { lineCounter: lines }).getIn(segments, true);
    if (!isNode(node) || !node.range)
        return null;
    const p = lines.linePos(node.range[0]);
    return { line: p.line, column: p.col };
}
