/**
 * Shared matcher and emitter for language runtime set-up steps
 * (`Set up Node.js 20` → actions/setup-node). Each runtime is its own step
 * kind file; this only holds the phrasing and the emitted step's shape.
 */
import { stepName } from '../../emit/workflow/step-view.js';
import { md } from '../hints.js';
import { codePosition, defineStepKind, located, phrase } from '../kind.js';
// `with the npm cache`, `with the `pip` cache of `requirements.txt``.
const CACHE = /^with (?:the )?(`?)([^`\s]+)\1 cache(?: (?:of|keyed on) (.+))?$/i;
/** Where `words` start in the step's plain text (else its code span, else the step). */
function textPosition(step, words) {
    for (const span of step.spans) {
        const at = span.kind === 'text' ? span.value.indexOf(words) : -1;
        if (at >= 0 && !span.value.slice(0, at).includes('\n')) {
            const start = { line: span.position.start.line, column: span.position.start.column + at };
            return { start, end: start };
        }
    }
    return codePosition(step, words);
}
/** Builds a runtime set-up kind: `template` is `steps/<id>`. */
export function runtimeKind(spec) {
    const pattern = new RegExp(`^(?:install|set ?up|setup|use)(?: the)? (?:${spec.names})(?: version)?(?: \`?v?(\\d[\\w.]*)\`?)?(?:,? (with .*))?$`, 'i');
    const managers = spec.caches.map((c) => `\`${c}\``).join(', ');
    return defineStepKind({
        id: spec.id,
        summary: `Set up ${spec.label} at a version, optionally with a package manager cache.`,
        examples: spec.examples,
        match(step) {
            const m = pattern.exec(phrase(step));
            if (!m)
                return null;
            const params = { version: m[1] === undefined ? null : located(step, m[1]), cache: null, cacheDependencyPath: null };
            const problems = [];
            if (m[2] !== undefined) {
                const c = CACHE.exec(m[2]);
                const lock = c?.[3] === undefined ? null : /^`([^`]+)`$/.exec(c[3].trim());
                if (!c) {
                    problems.push({ ruleId: 'invalid-step-option', message: `Unexpected \`${m[2]}\` after \`Set up ${spec.label}\`, expected \`with the <manager> cache\` (${managers}), optionally \`of \\\`<lock file>\\\`\``, position: textPosition(step, m[2].split(' ')[0]), hint: `Write \`Set up ${spec.label} ${spec.defaultVersion} with the ${spec.caches[0]} cache of \\\`<lock file>\\\`\`, or give the rest its own step.` });
                }
                else if (!spec.caches.includes(c[2].toLowerCase())) {
                    problems.push({ ruleId: 'invalid-step-option', message: `\`${c[2]}\` is not a package manager ${spec.action} caches, expected one of ${managers}`, position: codePosition(step, c[2]), hint: `Name one of ${managers}, or restore the cache in a step of its own.` });
                }
                else if (c[3] !== undefined && !lock) {
                    problems.push({ ruleId: 'invalid-step-option', message: `The lock file of the ${c[2]} cache must be in backticks, one path or glob: \`of \\\`${c[3].replace(/`/g, '')}\\\`\``, position: textPosition(step, c[3].trim()), hint: 'Put the lock file path in backticks.' });
                }
                else {
                    params.cache = located(step, c[2].toLowerCase());
                    if (lock)
                        params.cacheDependencyPath = located(step, lock[1]);
                }
            }
            return { params, problems };
        },
        emit: (params, ctx) => [
            {
                template: `steps/${spec.id}`,
                view: {
                    name: stepName(ctx.step),
                    uses: ctx.uses(spec.action),
                    version: params.version?.value ?? spec.defaultVersion,
                    cache: params.cache?.value ?? null,
                    cacheDependencyPath: params.cacheDependencyPath?.value ?? null,
                },
                secrets: [],
            },
        ],
        // The lock file is read from the checkout.
        facts: (params) => (params.cacheDependencyPath ? { needsCheckout: true } : {}),
        hint: {
            like: `a ${spec.label} set-up`,
            cues: [new RegExp(`\\b(?:install|set ?up|setup|use)\\b.*\\b(?:${spec.names})`, 'i'), /\d/],
            explain(step) {
                const m = new RegExp(`\\b(?:${spec.names})(\\s*)\`?v?([\\w.]+)?`, 'i').exec(phrase(step));
                const numeric = m?.[2] !== undefined && /^\d/.test(m[2]);
                const write = md(`Set up ${spec.label} ${numeric ? m[2] : spec.defaultVersion}`);
                if (numeric && m[1] === '')
                    return { lacks: 'runs the name and the version together', write };
                if (m?.[2] !== undefined && !numeric)
                    return { lacks: `names \`${m[2]}\`, not a version number`, write };
                return { lacks: `is not phrased as \`Set up ${spec.label} <version>\``, write };
            },
        },
        adopt(step) {
            if (step.uses !== spec.action)
                return null;
            const { [spec.versionInput]: version, cache, 'cache-dependency-path': lock, ...rest } = step.with;
            const value = version ?? spec.defaultVersion;
            const cacheOk = cache !== undefined && spec.caches.includes(cache);
            const lockOk = lock !== undefined && cacheOk && /^[^`\r\n$]+$/.test(lock);
            const cached = cacheOk ? ` with the ${cache} cache${lockOk ? ` of \`${lock}\`` : ''}` : '';
            return {
                text: `Set up ${spec.label} ${value}${cached}`,
                unmapped: [
                    ...(/^\d[\w.]*$/.test(value) ? [] : [`${spec.versionInput} \`${value}\``]),
                    ...(cache !== undefined && !cacheOk ? [`\`with.cache\` \`${cache}\` of ${spec.action} (the phrasing takes ${managers})`] : []),
                    ...(lock !== undefined && !lockOk ? [`\`with.cache-dependency-path\` \`${lock}\` of ${spec.action}`] : []),
                    ...Object.keys(rest).map((key) => `\`with.${key}\` of ${spec.action}`),
                ],
            };
        },
    });
}
