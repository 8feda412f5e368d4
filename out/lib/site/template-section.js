/**
 * The CloudFormation section of a component's page: its template's
 * parameters with where each value comes from, and its outputs with their
 * export names and who reads each (lookups, parameters, `Fn::ImportValue`).
 */
import path from 'node:path';
import { templateSummary } from '../cfn/summary.js';
import { cell, codeSpan, relativeLink } from './markdown.js';
/** The section's anchor, so other pages can link it. */
export const TEMPLATE_ANCHOR = 'docflow-template';
/** The section's Markdown lines for `c`; none when its stack's template was not read. */
export function templateSection(inputs, c) {
    const summary = templateSummary(inputs.analysis.stacks, c.id);
    if (!summary)
        return [];
    const link = (id) => {
        const other = inputs.analysis.byId.get(id);
        return other ? `[${id}](${relativeLink(path.posix.dirname(c.file), other.file)})` : codeSpan(id);
    };
    const byStack = (stack) => {
        const owner = inputs.analysis.stacks.byStack.get(stack)?.component;
        return owner ? link(owner.id) : codeSpan(stack);
    };
    const origin = (o) => {
        switch (o.kind) {
            case 'expression':
                return codeSpan(o.expression);
            case 'stack-output':
                return `output ${codeSpan(o.output)} of ${byStack(o.stack)}`;
            case 'lookup':
                return `the lookup in step ${o.step} (${codeSpan(o.output)})`;
            case 'literal':
                return `the value ${codeSpan(o.value)}`;
            case 'composed':
                return o.parts.map((part) => ('literal' in part ? codeSpan(part.literal) : codeSpan(part.expression))).join(' + ');
            case 'default':
                return o.value === null ? 'its default' : `its default ${codeSpan(o.value)}`;
            case 'missing':
                return '**not passed**, and it has no default';
        }
    };
    const out = [`## CloudFormation template {#${TEMPLATE_ANCHOR}}`, '', `The stack deploys ${codeSpan(summary.file)}.`, ''];
    if (summary.parameters.length === 0)
        out.push('It declares no parameters.', '');
    else
        out.push('| Parameter | Comes from |', '|---|---|', ...summary.parameters.map((p) => `| ${codeSpan(p.name)} | ${cell(origin(p.origin))} |`), '');
    if (summary.outputs.length === 0)
        out.push('It declares no outputs.', '');
    else {
        out.push('| Output | Export | Read by |', '|---|---|---|', ...summary.outputs.map((o) => {
            const readers = o.readers.map((r) => `${link(r.component)} (${r.how === 'Fn::ImportValue' ? codeSpan('Fn::ImportValue') : r.how})`).join(', ');
            return `| ${codeSpan(o.name)} | ${o.exportName ? codeSpan(o.exportName) : ''} | ${cell(readers || 'nobody')} |`;
        }), '');
    }
    return out;
}
