/**
 * The whole front half of the pipeline: docs → model → graphs → checks.
 * Every command starts here.
 */
import { DEFAULT_TEMPLATE_PATTERN, readStacks } from './cfn/stacks.js';
import { runRules } from './check/run.js';
import { rules as builtinRules } from './check/registry.js';
import { DEFAULT_CONFIG } from './config/types.js';
import { normalizeDiagnostics } from './diagnostics/diagnostic.js';
import { buildGraph } from './graph/graph.js';
import { buildModel } from './model/load.js';
import { builtinStepKinds } from './steps/registry.js';
/** Parses, resolves and checks a set of docs. Never throws on doc content. */
export function analyze(files, options = {}) {
    const base = options.config ?? DEFAULT_CONFIG;
    const config = options.stackPrefix === undefined ? base : { ...base, stackPrefix: options.stackPrefix };
    const stepKinds = options.stepKinds ?? builtinStepKinds;
    const built = buildModel(files, stepKinds, config, options.parse);
    const graphs = { deploy: buildGraph(built.components, 'deploy'), delete: buildGraph(built.components, 'delete') };
    const byId = new Map();
    for (const c of built.components)
        if (!byId.has(c.id))
            byId.set(c.id, c);
    const read = readStacks(built.components, byId, options.readTemplate ?? noTemplates, options.templatePattern ?? DEFAULT_TEMPLATE_PATTERN);
    const ruleDiagnostics = runRules(built.components, byId, graphs, read.index, options.rules ?? builtinRules, {
        diagramsDir: options.diagramsDir ?? 'docs/components/images',
        fileExists: options.fileExists ?? null,
        stepKinds,
    });
    return {
        components: built.components,
        byId,
        documents: built.documents,
        graphs,
        stacks: read.index,
        diagnostics: normalizeDiagnostics([...built.diagnostics, ...read.diagnostics, ...ruleDiagnostics]),
    };
}
function noTemplates() {
    return null;
}
