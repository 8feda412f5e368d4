/**
 * diagram-link: a workflow's `Sequence Diagram` must link the SVG docflow
 * renders for it (`./images/deploy-<id>.svg` by default), so the doc shows
 * the diagram of the pipeline that actually runs. A missing link is a
 * warning; a link to another image is an error.
 */
import path from 'node:path';
import { safeDecodeURI } from '../../model/resolve.js';
import { inWorkflow } from '../rule.js';
import { allWorkflows } from './steps.js';
export const diagramLink = {
    id: 'diagram-link',
    description: "A workflow's Sequence Diagram does not link the generated SVG.",
    run(ctx) {
        for (const { c, phase, wf } of allWorkflows(ctx.components)) {
            const link = diagramLinkStatus(c, phase, ctx.options.diagramsDir);
            const title = phase === 'deploy' ? 'Deploy' : 'Delete';
            if (link.status === 'missing') {
                ctx.report({
                    file: c.file,
                    scope: inWorkflow(c, phase),
                    position: wf.position,
                    severity: 'warning',
                    message: `Missing sequence diagram link in \`${title} Workflow\`, expected \`${link.expected}\``,
                    hint: `Add \`### Sequence Diagram\` with \`![${link.alt}](${link.expected})\`; \`docflow fix\` adds it.`,
                });
            }
            else if (link.status === 'wrong') {
                ctx.report({
                    file: c.file,
                    scope: inWorkflow(c, phase),
                    position: wf.diagram.position,
                    message: `Unexpected diagram link \`${wf.diagram.url}\`, expected \`${link.expected}\` (the diagram docflow generates)`,
                    hint: `Link \`${link.expected}\`; \`docflow fix\` rewrites it.`,
                });
            }
        }
    },
};
/** Whether a workflow links the SVG docflow renders for it, the link it should have, and its usual alt text. */
export function diagramLinkStatus(c, phase, diagramsDir) {
    const target = `${diagramsDir}/${phase}-${c.id}.svg`;
    let expected = path.posix.relative(path.posix.dirname(c.file), target);
    if (!expected.startsWith('.'))
        expected = `./${expected}`;
    const alt = `${phase === 'deploy' ? 'Deploy' : 'Delete'} ${c.id} sequence`;
    const diagram = c.workflows[phase]?.diagram;
    if (!diagram)
        return { status: 'missing', expected, alt };
    const url = safeDecodeURI(diagram.url.split(/[?#]/)[0]);
    const wrong = /^[a-z]+:/i.test(url) || path.posix.normalize(path.posix.join(path.posix.dirname(c.file), url)) !== target;
    return { status: wrong ? 'wrong' : 'ok', expected, alt };
}
