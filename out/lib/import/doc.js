/**
 * Renders an imported component as a complete doc in the documented format
 * (docs/FORMAT.md): front matter, overview, stack, both dependency lists,
 * each workflow's description, steps (with their option sentences) and
 * diagram link, and a failure table for the author to fill in.
 */
import path from 'node:path';
import { stringify } from 'yaml';
const TITLE = { deploy: 'Deploy', delete: 'Delete' };
/** A list item: the text, then its body and option paragraph indented under it. */
export function item(n, step) {
    const marker = `${n}. `;
    const indent = ' '.repeat(marker.length);
    const out = [`${marker}${step.text}`];
    if (step.body.length > 0)
        out.push('', ...step.body.map((l) => (l ? indent + l : '')));
    if (step.options.length > 0)
        out.push('', indent + step.options.join(' '));
    return out;
}
function entries(ids, phase, reasons, mirror, deletable) {
    if (ids.length === 0)
        return ['None'];
    return ids.map((id) => {
        const ref = phase === 'delete' && deletable(id) ? `delete-${id}` : id;
        const reason = reasons.get(`${mirror ? 'by' : 'on'}:${phase}:${id}`);
        return `- \`${ref}\`${reason ? ` — ${reason}` : ''}`;
    });
}
export function renderDoc(c, layout) {
    const out = [];
    if (Object.keys(c.frontMatter).length > 0)
        out.push('---', stringify(c.frontMatter, { lineWidth: 0 }).trimEnd(), '---', '');
    out.push(`# ${c.id}`, '', '## Overview', '');
    const files = Object.values(c.workflows).map((w) => `\`${w.file}\``);
    out.push(`Imported from ${files.join(' and ')} by \`docflow import\`. Say here what this component is for.`, '');
    if (c.stack)
        out.push('## CloudFormation Stack', '', `\`${c.stack}\``, '');
    out.push('## Dependencies', '');
    for (const phase of ['deploy', 'delete'])
        out.push(`### ${TITLE[phase]}`, '', ...entries(c.dependencies[phase], phase, c.reasons, false, layout.deletable), '');
    out.push('## Required By', '');
    for (const phase of ['deploy', 'delete'])
        out.push(`### ${TITLE[phase]}`, '', ...entries(c.requiredBy[phase], phase, c.reasons, true, layout.deletable), '');
    const image = path.posix.relative(path.posix.dirname(layout.docPath), layout.diagrams) || '.';
    for (const phase of ['deploy', 'delete']) {
        const wf = c.workflows[phase];
        if (!wf)
            continue;
        out.push(`## ${TITLE[phase]} Workflow`, '', '### Description', '', `What \`${wf.file}\` did, step by step.`, '');
        for (const note of wf.notes)
            out.push(note, '');
        const calls = wf.options.calls;
        // A workflow that is one call of a reusable workflow (front matter `calls`) has no steps of its own.
        if (calls && wf.steps.length === 0)
            out.push(`Calls \`${calls.workflow}\` (front matter \`${phase}.calls\`).`);
        else {
            out.push('### Steps', '');
            wf.steps.forEach((step, i) => out.push(...item(i + 1, step)));
            if (wf.steps.length === 0)
                out.push('None');
        }
        out.push('', '### Sequence Diagram', '', `![${TITLE[phase]} ${c.id} sequence](${image.startsWith('.') ? image : `./${image}`}/${phase}-${c.id}.svg)`, '');
    }
    out.push('## Failure Scenarios', '', '| Scenario | Cause | Resolution |', '| --- | --- | --- |', '| A step fails | See the job log | Fix the cause, then re-run the workflow |', '');
    return out.join('\n');
}
