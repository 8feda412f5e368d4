/**
 * diagram-link: a workflow's `Sequence Diagram` must link the SVG docflow
 * renders for it (`./images/deploy-<id>.svg` by default), so the doc shows
 * the diagram of the pipeline that actually runs. A missing link is a
 * warning; a link to another image is an error.
 */
import path from 'node:path';
import { safeDecodeURI } from '../../model/resolve.js';
import { inWorkflow, type Rule } from '../rule.js';
import { allWorkflows } from './steps.js';

export const diagramLink: Rule = {
  id: 'diagram-link',
  description: "A workflow's Sequence Diagram does not link the generated SVG.",
  run(ctx) {
    for (const { c, phase, wf } of allWorkflows(ctx.components)) {
      const target = `${ctx.options.diagramsDir}/${phase}-${c.id}.svg`;
      let expected = path.posix.relative(path.posix.dirname(c.file), target);
      if (!expected.startsWith('.')) expected = `./${expected}`;
      const title = phase === 'deploy' ? 'Deploy' : 'Delete';
      if (!wf.diagram) {
        ctx.report({
          file: c.file,
          scope: inWorkflow(c, phase),
          position: wf.position,
          severity: 'warning',
          message: `Missing sequence diagram link in \`${title} Workflow\`, expected \`${expected}\``,
          hint: `Add \`### Sequence Diagram\` with \`![${title} ${c.id} sequence](${expected})\`.`,
        });
        continue;
      }
      const url = safeDecodeURI(wf.diagram.url.split(/[?#]/)[0]!);
      if (/^[a-z]+:/i.test(url) || path.posix.normalize(path.posix.join(path.posix.dirname(c.file), url)) !== target) {
        ctx.report({
          file: c.file,
          scope: inWorkflow(c, phase),
          position: wf.diagram.position,
          message: `Unexpected diagram link \`${wf.diagram.url}\`, expected \`${expected}\` (the diagram docflow generates)`,
          hint: `Link \`${expected}\`.`,
        });
      }
    }
  },
};
