import { waves } from './graph.js';
import { planPhases } from './orchestration.js';
/** Waves of both graphs (ids on a cycle are left out; the cycle rule reports them). */
export function plan(analysis, limit) {
    return {
        deploy: waves(analysis.graphs.deploy),
        delete: waves(analysis.graphs.delete),
        orchestration: planPhases(analysis.components, analysis.graphs, limit),
    };
}
/** Human-readable waves. */
export function formatPlanText(p) {
    const block = (title, ws) => [
        `${title} (${ws.length} wave${ws.length === 1 ? '' : 's'}):`,
        ...ws.map((w, i) => `  wave ${i + 1}: ${w.join(', ')}`),
    ];
    const files = p.orchestration.flatMap((o) => [
        '',
        `${o.phase}-all: ${o.parts.length} file${o.parts.length === 1 ? '' : 's'} (at most ${o.limit} reusable workflows each${o.parts.length > 1 ? '; each part starts the next when it succeeds' : ''}):`,
        ...o.parts.flatMap((part) => [
            `  ${part.name}.yml — ${part.jobs.length} component${part.jobs.length === 1 ? '' : 's'}:`,
            ...part.waves.map((w, i) => `    wave ${i + 1}: ${w.join(', ')}`),
        ]),
    ]);
    return [...block('Deploy order', p.deploy), '', ...block('Delete order', p.delete), ...files].join('\n') + '\n';
}
