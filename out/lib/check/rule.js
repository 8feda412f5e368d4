import { RULES } from '../diagnostics/rule-ids.js';
import { PHASES } from '../model/types.js';
/** The scope of a finding about one workflow of `c`. */
export function inWorkflow(c, phase) {
    return { components: [c], phases: [phase] };
}
/** The scope of a finding about the whole doc `c` (every workflow it has). */
export function wholeDoc(c) {
    return { components: [c], phases: PHASES };
}
/** Builds a diagnostic from a rule report. */
export function toDiagnostic(rule, r) {
    const info = RULES[rule.id];
    return {
        ruleId: rule.id,
        severity: r.severity ?? info.severity,
        message: r.message,
        file: r.file,
        start: r.position.start,
        end: r.position.end,
        ...(r.related?.length ? { related: r.related } : {}),
        ...(r.hint ? { hint: r.hint } : {}),
        ...(r.ids?.length ? { ids: r.ids } : {}),
        scope: { docs: r.scope.components.map((c) => c.file), phases: [...r.scope.phases], stack: r.scope.stack ?? false, holds: r.scope.holds ?? info.holdsBack },
    };
}
