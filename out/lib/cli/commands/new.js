/**
 * `docflow new <id>`: writes `<docs>/<id>.md` with every section of the
 * documented format: the config's stack prefix, a `sam build` template path
 * following the project's own pattern, the usual SAM steps, no dependencies
 * and an empty Failure Scenarios table. Prose only a person can write is
 * `FILL ME IN` (the `placeholder-text` warning). `--from <other-id>` copies
 * another doc's shape instead: its sections and steps, for the new id.
 * Never overwrites a file.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { closest } from 'fastest-levenshtein';
import { PLACEHOLDER_MARK } from '../../check/rules/placeholder-text.js';
import { stackOf } from '../../model/types.js';
import { parseCommandArgs } from '../args.js';
import { ExitCode, UsageError } from '../io.js';
import { openProject } from './project.js';
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export async function newCommand(argv, io) {
    const { values, positionals } = parseCommandArgs('new', argv, { from: { type: 'string' } }, true);
    if (positionals.length !== 1)
        throw new UsageError(`new: expected one component id, got ${positionals.length}. See \`docflow new --help\`.`);
    const id = positionals[0];
    if (!ID.test(id))
        throw new UsageError(`new: unexpected id \`${id}\`, expected kebab-case (lower-case letters, digits and single hyphens, e.g. \`orders-table\`)`);
    const project = await openProject(values, io);
    if (typeof project === 'number')
        return project;
    const docsDir = project.config.paths.docs.replace(/\/+$/, '');
    const rel = path.posix.join(docsDir, `${id}.md`);
    const file = path.join(project.root, rel);
    if (project.analysis.byId.has(id)) {
        io.stderr.write(`docflow: new: component \`${id}\` already exists in \`${project.analysis.byId.get(id).file}\`; nothing written\n`);
        return ExitCode.problems;
    }
    const from = values.from;
    let text;
    let template = null;
    if (from !== undefined) {
        const source = project.analysis.byId.get(from);
        if (!source) {
            const ids = [...project.analysis.byId.keys()];
            throw new UsageError(`new: --from names no component: \`${from}\`${ids.length > 0 ? `; did you mean \`${closest(from, ids)}\`?` : ''}`);
        }
        const sourceText = project.files.find((f) => f.path === source.file).text;
        text = shapeOf(sourceText, source, id, project.config.stackPrefix);
    }
    else {
        const stack = project.config.stackPrefix ? `${project.config.stackPrefix}-${id}` : id;
        template = templatePattern(project.analysis.components, project.files, project.config.paths.stackTemplates).replace(/\{id\}/g, id);
        text = newDoc(id, stack, template, path.posix.relative(docsDir, project.config.paths.diagrams.replace(/\/+$/, '')) || '.');
    }
    try {
        await fs.mkdir(path.dirname(file), { recursive: true });
        await fs.writeFile(file, text, { flag: 'wx' });
    }
    catch (e) {
        const code = e.code;
        io.stderr.write(`docflow: new: ${code === 'EEXIST' ? `\`${rel}\` already exists; it is not overwritten` : `cannot write \`${rel}\`: ${code ?? e.message}`}\n`);
        return ExitCode.problems;
    }
    io.stdout.write(`created ${rel}\n`);
    // The template the doc builds: a starter, unless the repository already has one (never overwritten).
    if (template !== null && !path.isAbsolute(template) && !template.split('/').includes('..')) {
        const at = path.join(project.root, template);
        try {
            await fs.mkdir(path.dirname(at), { recursive: true });
            await fs.writeFile(at, starterTemplate(id), { flag: 'wx' });
            io.stdout.write(`created ${template}\n`);
        }
        catch (e) {
            const code = e.code;
            if (code !== 'EEXIST')
                io.stderr.write(`docflow: new: cannot write \`${template}\`: ${code ?? e.message}\n`);
        }
    }
    io.stdout.write(`Next: replace every ${PLACEHOLDER_MARK}, add its dependencies, then run \`docflow generate\`.\n`);
    return ExitCode.ok;
}
/** The `sam build --template-file` path the docs use, with the component id as `{id}`; the most common wins. */
function templatePattern(components, files, configured) {
    const counts = new Map();
    const byFile = new Map(files.map((f) => [f.path, f.text]));
    for (const c of components) {
        for (const m of (byFile.get(c.file) ?? '').matchAll(/--template-file\s+([^\s`]+)/g)) {
            if (!m[1].includes(c.id))
                continue;
            const pattern = m[1].split(c.id).join('{id}');
            counts.set(pattern, (counts.get(pattern) ?? 0) + 1);
        }
    }
    const best = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    return best?.[0] ?? configured;
}
/** A SAM template that deploys nothing yet, for the author to fill in. */
function starterTemplate(id) {
    return `# ${PLACEHOLDER_MARK}: the resources of ${id}.
AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::Serverless-2016-10-31
Description: ${id}
Resources: {}
`;
}
function newDoc(id, stack, template, images) {
    const diagram = (phase) => `![${phase === 'deploy' ? 'Deploy' : 'Delete'} ${id} sequence](./${images === '.' ? '' : `${images}/`}${phase}-${id}.svg)`;
    return `# ${id}

## Overview

${PLACEHOLDER_MARK}: what this component is, what it provides to the others, and why it exists.

## CloudFormation Stack

\`${stack}\`

## Dependencies

### Deploy

None.

### Delete

None.

## Required By

### Deploy

None.

### Delete

None.

## Deploy Workflow

### Description

${PLACEHOLDER_MARK}: what deploying \`${stack}\` does, and what it needs at run time.

### Steps

1. Checkout repository
2. Configure AWS credentials
3. Install SAM CLI
4. \`sam build --template-file ${template}\`
5. SAM deploy \`${stack}\`

### Sequence Diagram

${diagram('deploy')}

## Delete Workflow

### Description

${PLACEHOLDER_MARK}: what deleting \`${stack}\` removes, and what stays behind.

### Steps

1. Configure AWS credentials
2. Install SAM CLI
3. \`sam delete --stack-name ${stack} --no-prompts --region "$AWS_REGION"\`

### Sequence Diagram

${diagram('delete')}

## Failure Scenarios

| Scenario | Cause | Resolution |
| --- | --- | --- |
`;
}
/**
 * Another doc's shape for a new id: the same sections, steps and table
 * headers, with its id (and a stack named after it) renamed, the prose of the
 * Overview and each Description replaced by the placeholder, no
 * dependencies (the new component's are its own) and no failure rows.
 */
function shapeOf(text, source, id, prefix) {
    const oldStack = stackOf(source);
    const newStack = oldStack && oldStack.includes(source.id) ? oldStack.split(source.id).join(id) : prefix ? `${prefix}-${id}` : id;
    const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
    const out = [];
    let h2 = '';
    let h3 = '';
    let placed = false;
    for (const line of lines) {
        const heading = /^(#{1,3})\s+(.*?)\s*#*\s*$/.exec(line);
        if (heading) {
            if (heading[1] === '#')
                out.push(`# ${id}`);
            else {
                if (heading[1] === '##')
                    [h2, h3] = [heading[2].toLowerCase(), ''];
                else
                    h3 = heading[2].toLowerCase();
                out.push(line);
            }
            placed = false;
            continue;
        }
        const prose = h2 === 'overview' || (h2.endsWith('workflow') && h3 === 'description');
        if (prose) {
            if (!placed && line.trim() !== '') {
                out.push(`${PLACEHOLDER_MARK}: ${h2 === 'overview' ? 'what this component is, and why it exists' : 'what this workflow does'}.`);
                placed = true;
            }
            else if (line.trim() === '')
                out.push(line);
            continue;
        }
        if ((h2 === 'dependencies' || h2 === 'required by') && h3 !== '') {
            if (!placed && line.trim() !== '') {
                out.push('None.');
                placed = true;
            }
            else if (line.trim() === '')
                out.push(line);
            continue;
        }
        if (h2 === 'failure scenarios' && /^\s*\|/.test(line)) {
            const rowIndex = out.length - 1 - [...out].reverse().findIndex((l) => !/^\s*\|/.test(l));
            if (out.length - rowIndex - 1 >= 2)
                continue; // header and separator kept, rows dropped
            out.push(line);
            continue;
        }
        let renamed = line.split(source.id).join(id);
        if (oldStack && newStack)
            renamed = renamed.split(oldStack.split(source.id).join(id)).join(newStack);
        out.push(renamed);
    }
    return out.join('\n').replace(/\n*$/, '\n');
}
