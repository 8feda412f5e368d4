/** A missing or wrong Sequence Diagram image link: written to the SVG docflow renders for the workflow. */
import { diagramLinkStatus } from '../../check/rules/diagram-link.js';
import { allWorkflows } from '../../check/rules/steps.js';
export const diagramLinkRepair = {
    rule: 'diagram-link',
    description: "Adds or corrects a workflow's Sequence Diagram image link.",
    plan({ analysis, diagramsDir }) {
        const out = [];
        for (const { c, phase, wf } of allWorkflows(analysis.components)) {
            const link = diagramLinkStatus(c, phase, diagramsDir);
            if (link.status === 'ok')
                continue;
            const alt = wf.diagram?.alt || link.alt;
            out.push({ kind: 'set-diagram', rule: this.rule, component: c, phase, alt, url: link.expected, summary: `${link.status === 'missing' ? 'added' : 'corrected'} the ${phase} sequence diagram link` });
        }
        return out;
    },
};
