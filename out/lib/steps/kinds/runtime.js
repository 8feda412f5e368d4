/**
 * Shared matcher and emitter for language runtime set-up steps
 * (`Set up Node.js 20` → actions/setup-node). Each runtime is its own step
 * kind file; this only holds the phrasing and the emitted step's shape.
 */
import { stepName } from '../../emit/workflow/step-view.js';
import { md } from '../hints.js';
import { defineStepKind, located, phrase } from '../kind.js';
/** Builds a runtime set-up kind: `template` is `steps/<id>`. */
export function runtimeKind(spec) {
    const pattern = new RegExp(`^(?:install|set ?up|setup|use)(?: the)? (?:${spec.names})(?: version)?(?: \`?v?(\\d[\\w.]*)\`?)?$`, 'i');
    return defineStepKind({
        id: spec.id,
        summary: `Set up ${spec.label} at a version.`,
        examples: spec.examples,
        match(step) {
            const m = pattern.exec(phrase(step));
            return m ? { params: { version: m[1] === undefined ? null : located(step, m[1]) } } : null;
        },
        emit: (params, ctx) => [
            {
                template: `steps/${spec.id}`,
                view: { name: stepName(ctx.step), uses: ctx.uses(spec.action), version: params.version?.value ?? spec.defaultVersion },
                secrets: [],
            },
        ],
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
            const { [spec.versionInput]: version, ...rest } = step.with;
            const value = version ?? spec.defaultVersion;
            return {
                text: `Set up ${spec.label} ${value}`,
                unmapped: [
                    ...(/^\d[\w.]*$/.test(value) ? [] : [`${spec.versionInput} \`${value}\``]),
                    ...Object.keys(rest).map((key) => `\`with.${key}\` of ${spec.action}`),
                ],
            };
        },
    });
}
