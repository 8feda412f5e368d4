import { toString } from 'mdast-util-to-string';
import { isMap, isNode, LineCounter, parseDocument } from 'yaml';
import { componentConfig } from '../config/load.js';
import { RULES } from '../diagnostics/rule-ids.js';
import { inlineText, positionOf } from '../parse/inline.js';
import { classifySteps } from '../steps/classify.js';
import { readStepOptions, workingDirectoryProblem } from './step-options.js';
import { findPlaceholders } from './placeholders.js';
import { PHASES } from './types.js';
/** Section keys that make a doc a component (docs/FORMAT.md, "Files that are not components"). */
const COMPONENT_SECTIONS = new Set(['overview', 'cloudformation stack', 'dependencies', 'required by', 'deploy workflow', 'delete workflow', 'failure scenarios']);
export const SUBSECTIONS = {
    dependencies: { deploy: 'deploy', 'deploy dependencies': 'deploy', delete: 'delete', 'delete dependencies': 'delete' },
    'required by': { deploy: 'deploy', 'required by deploy': 'deploy', delete: 'delete', 'required by delete': 'delete' },
};
/** Reads an outline as a component, or reports (info) that it is not one. */
export function buildComponent(file, outline, kinds, config) {
    const diagnostics = [];
    const report = (ruleId, severity, message, position, hint, scope = WHOLE_DOC) => diagnostics.push({
        ruleId,
        severity,
        message,
        file,
        start: position.start,
        end: position.end,
        ...(hint ? { hint } : {}),
        ...(scope ? { scope: { docs: [file], phases: [...scope.phases], stack: false, holds: scope.holds ?? RULES[ruleId].holdsBack } } : {}),
    });
    const docPosition = outline.title?.position ?? outline.start;
    if (!outline.sections.some((s) => COMPONENT_SECTIONS.has(s.key))) {
        report('not-a-component', 'info', 'Skipped: not a component doc (no Overview, CloudFormation Stack, Dependencies, Required By, workflow or Failure Scenarios section)', docPosition, undefined, null);
        return { component: null, diagnostics };
    }
    const fileId = (file.split('/').pop() ?? file).replace(/\.md$/i, '');
    if (!outline.title)
        report('missing-title', 'error', `Missing H1, expected \`# ${fileId}\``, outline.start, `Start the doc with \`# ${fileId}\`.`);
    const component = {
        id: outline.title?.value || fileId,
        file,
        title: outline.title,
        overview: '',
        stack: null,
        defaultStack: null,
        dependencies: { deploy: [], delete: [] },
        requiredBy: { deploy: [], delete: [] },
        unreadEntries: [],
        entryNotes: [],
        listedGlobs: [],
        workflows: { deploy: null, delete: null },
        failureScenarios: [],
        failureHeaders: [],
        sections: [],
        frontMatter: null,
        options: { config, service: null, setAt: {} },
        position: docPosition,
    };
    if (outline.frontMatter)
        component.frontMatter = readFrontMatter(outline.frontMatter, report);
    const seen = new Map();
    for (const section of outline.sections) {
        component.sections.push(info(section));
        const first = seen.get(section.key);
        if (first && COMPONENT_SECTIONS.has(section.key)) {
            const entries = section.key === 'dependencies' || section.key === 'required by';
            // A second entry section is not read, so the graph may lack its edges; a second other section is only ignored.
            report('duplicate-section', 'error', `Unexpected second \`${section.title}\` section (first at line ${first.position.start.line})`, section.position, 'Merge the two sections into one.', entries ? WHOLE_DOC : HOLDS_NOTHING);
            if (entries)
                component.unreadEntries.push(section.position);
            continue;
        }
        seen.set(section.key, section);
        switch (section.key) {
            case 'overview':
                component.overview = section.markdown.trim();
                break;
            case 'cloudformation stack':
                component.stack = readStack(section, report);
                break;
            case 'dependencies':
            case 'required by': {
                // Entries that cannot be read are recorded: the graph may lack their edges.
                const entryReport = (ruleId, severity, message, position, hint, scope) => {
                    if (severity === 'error')
                        component.unreadEntries.push(position);
                    report(ruleId, severity, message, position, hint, scope);
                };
                readEntrySection(section, section.key === 'dependencies' ? 'dependencies' : 'requiredBy', component, entryReport);
                break;
            }
            case 'deploy workflow':
            case 'delete workflow': {
                const phase = section.key === 'deploy workflow' ? 'deploy' : 'delete';
                const { workflow, problems } = readWorkflow(phase, section, kinds);
                component.workflows[phase] = workflow;
                for (const p of problems)
                    report(p.ruleId, 'error', p.message, p.position, p.hint, { phases: [phase] });
                break;
            }
            case 'failure scenarios': {
                const table = section.content.find((n) => n.type === 'table');
                if (table) {
                    const read = readTable(table, section.position);
                    component.failureHeaders = read.headers;
                    component.failureScenarios = read.rows;
                }
                break;
            }
            default:
                break;
        }
    }
    component.options = settings(config, component.frontMatter);
    // Only a doc whose steps deploy or delete a stack gets a default one; a web upload or a test run has none.
    const own = component.frontMatter?.value.stackPrefix;
    const prefix = typeof own === 'string' ? own : config.stackPrefix;
    const changesStack = [component.workflows.deploy, component.workflows.delete].some((w) => w?.steps.some((s) => s.facts.stacks.some((u) => u.action !== 'read')));
    component.defaultStack = !component.stack && prefix && changesStack ? `${prefix}-${component.id}` : null;
    return { component, diagnostics };
}
/** Project config, front matter and defaults, merged once for the component. */
function settings(config, frontMatter) {
    if (!frontMatter)
        return { config, service: null, setAt: {} };
    const declared = frontMatter.value.service;
    const setAt = {};
    if (isMap(frontMatter.document.contents)) {
        for (const pair of frontMatter.document.contents.items) {
            if (!isNode(pair.key) || !pair.key.range)
                continue;
            const at = frontMatter.lines.linePos(pair.key.range[0]);
            const point = { line: frontMatter.position.start.line + at.line, column: at.col };
            setAt[String(pair.key.toJSON())] = { start: point, end: point };
        }
    }
    return { config: componentConfig(config, frontMatter.value), service: typeof declared === 'string' && declared.trim() ? declared.trim() : null, setAt };
}
const WHOLE_DOC = { phases: PHASES };
const HOLDS_NOTHING = { phases: [], holds: 'nothing' };
function info(section) {
    return { title: section.title, depth: section.depth, position: section.position, markdown: section.markdown };
}
function readFrontMatter(fm, report) {
    // Content starts on the line after the opening `---`: yaml's line n is doc line start + n.
    const at = (offset) => {
        const p = lines.linePos(offset);
        return { line: fm.position.start.line + p.line, column: p.col };
    };
    const lines = new LineCounter();
    const document = parseDocument(fm.value, { lineCounter: lines, prettyErrors: false });
    const fail = (reason, offset) => {
        const point = at(offset);
        report('invalid-front-matter', 'error', `Invalid YAML front matter: ${reason}`, { start: point, end: point }, 'Fix the YAML between the `---` lines.');
        return null;
    };
    const error = document.errors[0];
    if (error)
        return fail(error.message.split('\n')[0], error.pos[0]);
    let data;
    try {
        data = document.toJS();
    }
    catch (e) {
        return fail(e instanceof Error ? e.message.split('\n')[0] : String(e), 0);
    }
    if (data === null || data === undefined)
        return { value: {}, yaml: fm.value, document, lines, position: fm.position };
    if (!isRecord(data)) {
        report('invalid-front-matter', 'error', 'Unexpected front matter, expected a YAML mapping of options', fm.position);
        return null;
    }
    return { value: data, yaml: fm.value, document, lines, position: fm.position };
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function readStack(section, report) {
    for (const node of section.content) {
        if (node.type !== 'paragraph')
            continue;
        const code = node.children.find((c) => c.type === 'inlineCode');
        if (code && code.type === 'inlineCode')
            return { value: code.value.trim(), position: positionOf(code, section.position) };
    }
    // The steps that need a stack report it too (the missing-stack rule); this finding holds nothing back itself.
    report('missing-stack', 'error', 'Missing stack name in `CloudFormation Stack`, expected it in backticks', section.position, 'Write the stack name as inline code, e.g. `firefly-x`.', { phases: [] });
    return null;
}
/** Reads `### Deploy` / `### Delete` (or their long names) under Dependencies or Required By. */
function readEntrySection(section, list, component, report) {
    const names = SUBSECTIONS[list === 'dependencies' ? 'dependencies' : 'required by'];
    for (const node of section.content) {
        if (node.type !== 'list' && node.type !== 'table' && node.type !== 'paragraph')
            continue;
        const position = positionOf(node, section.position);
        // A sentence that names no component ("All of the following must complete first:") is a note.
        if (node.type === 'paragraph' && section.subsections.length > 0) {
            const text = inlineText(node.children, position);
            if (referenceSpans(text).length === 0) {
                component.entryNotes.push({ value: text.text, position });
                continue;
            }
        }
        report('unexpected-content', 'error', `Unexpected content directly under \`${section.title}\`, expected \`### Deploy\` and \`### Delete\` subsections`, position, 'Move the entries under a `### Deploy` or `### Delete` heading.');
        break;
    }
    for (const sub of section.subsections) {
        const phase = names[sub.key];
        if (!phase) {
            // Entries under an unknown heading would be dropped from the graph: that is an error.
            const holdsEntries = sub.content.some((n) => n.type === 'list' || n.type === 'table');
            const message = `Unexpected subsection \`${sub.title}\` in \`${section.title}\`, expected \`Deploy\` or \`Delete\`${holdsEntries ? '; its entries are ignored' : ''}`;
            report('unknown-subsection', holdsEntries ? 'error' : 'warning', message, sub.position, 'Rename the heading to `### Deploy` or `### Delete` (or `Deploy Dependencies`, `Required By Deploy`, …).');
            continue;
        }
        component[list][phase].push(...readEntries(sub, list, phase, component, report));
    }
}
/** `None`, `None.`, `None yet`, `N/A`, `n/a`, `-`: an empty list. Not a bare id such as `none-cache`. */
export const NONE = /^(?:none(?![\w-])|n\/a(?![\w-])|[-—–]\s*$)/i;
const SEPARATOR = /^\s*(?:—|–|:|\s-)\s*/;
// A separator anywhere in prose after the reference: `… jobs (10 total) — reason`.
const PROSE_SEPARATOR = /\s[—–-]\s|[—–]|:(?:\s|$)/;
const BARE_ID = /^([A-Za-z0-9][\w.*?[\]{}-]*)(?=$|\s|:)/;
// What a component id, a workflow name or a glob of them looks like inside a code span.
const REFERENCE_SHAPED = /^[a-z0-9*?[{][a-z0-9.*?[\]{},-]*$/;
/** The code spans and doc links of `text` that look like references, in order. */
function referenceSpans(text) {
    return text.spans.filter((s) => (s.kind === 'code' ? REFERENCE_SHAPED.test(s.value.trim()) : s.kind === 'link' && isDocLink(s.value)));
}
function isDocLink(url) {
    return !/^[a-z]+:/i.test(url) && /\.md(?:#.*)?$/i.test(url);
}
function readEntries(sub, list, phase, component, report) {
    const refs = [];
    const firstEntries = sub.content.findIndex((n) => n.type === 'list' || n.type === 'table');
    sub.content.forEach((node, index) => {
        if (node.type === 'list') {
            for (const item of node.children) {
                const para = item.children.find((c) => c.type === 'paragraph');
                if (!para || para.type !== 'paragraph')
                    continue;
                const entry = positionOf(item, sub.position);
                const text = inlineText(para.children, entry);
                if (NONE.test(text.text))
                    continue;
                const ref = readEntry(text, null, 'bullet', entry, report);
                if (ref)
                    refs.push(ref);
            }
        }
        else if (node.type === 'table') {
            for (const row of node.children.slice(1)) {
                const [idCell, reasonCell] = row.children;
                if (!idCell)
                    continue;
                const entry = positionOf(row, sub.position);
                const text = inlineText(idCell.children, entry);
                if (!text.text || NONE.test(text.text))
                    continue;
                const reason = reasonCell ? toString(reasonCell).trim() || null : null;
                const ref = readEntry(text, reason, 'table', entry, report);
                if (ref)
                    refs.push(ref);
            }
        }
        else if (node.type === 'paragraph') {
            const entry = positionOf(node, sub.position);
            const text = inlineText(node.children, entry);
            if (NONE.test(text.text))
                return;
            const spans = referenceSpans(text);
            if (spans.length > 0)
                refs.push(...readProse(text, spans, list, phase, component));
            else if (firstEntries > index)
                component.entryNotes.push({ value: text.text, position: entry });
            else
                report('unexpected-content', 'error', `Unexpected text \`${truncate(text.text)}\` in \`${sub.title}\`, expected a list of \`id\` — reason entries or \`None\``, entry);
        }
    });
    return refs;
}
/**
 * A paragraph that lists references: every reference-shaped code span or doc
 * link is an entry. A glob followed by explicit entries is kept aside, so the
 * explicit list is what counts.
 */
function readProse(text, spans, list, phase, component) {
    const refs = spans.map((span) => spanRef(text, span, null, 'prose', text.position));
    const out = [];
    for (let i = 0; i < refs.length; i++) {
        const ref = refs[i];
        const listed = refs.slice(i + 1).filter((r) => !r.glob);
        if (ref.glob && listed.length > 0)
            component.listedGlobs.push({ glob: { value: ref.raw, position: ref.position }, list, phase, listed, ids: [] });
        else
            out.push(ref);
    }
    return out;
}
function spanRef(text, span, reason, form, entry) {
    const raw = span.kind === 'link' ? text.text.slice(span.start, span.end).replace(/`/g, '').trim() : span.value.trim();
    return { raw, ref: raw, ids: [], reason, link: span.kind === 'link' ? span.value : null, glob: /[*?[\]{}]/.test(raw), position: span.position, entry, form };
}
/** One entry: `` `id` — reason ``, `[id](./id.md): reason`, a bare id, or prose holding exactly one reference. */
function readEntry(text, tableReason, form, entry, report) {
    const first = text.spans[0];
    let raw;
    let link = null;
    let end;
    let position = text.position;
    const linkSpan = text.spans.find((s) => s.kind === 'link' && s.start === 0);
    const bare = BARE_ID.exec(text.text);
    const inProse = referenceSpans(text);
    if (linkSpan) {
        raw = text.text.slice(0, linkSpan.end).replace(/`/g, '').trim();
        link = linkSpan.value;
        end = linkSpan.end;
        position = linkSpan.position;
    }
    else if (first && first.kind === 'code' && first.start === 0) {
        raw = first.value.trim();
        end = first.end;
        position = first.position;
    }
    else if (inProse.length === 1 && !(bare && /[-\d]/.test(bare[1]))) {
        // `All `delete-func-api-*` jobs (10 total) — reason`: the code span is the reference, not `All`.
        const span = inProse[0];
        const rest = text.text.slice(span.end);
        const sep = PROSE_SEPARATOR.exec(rest);
        const reason = tableReason ?? (sep ? rest.slice(sep.index + sep[0].length).trim() || null : null);
        return spanRef(text, span, reason, form, entry);
    }
    else if (bare) {
        raw = bare[1];
        end = bare[1].length;
        if (first)
            position = first.position;
    }
    else {
        report('malformed-entry', 'error', `Unexpected entry \`${truncate(text.text)}\`, expected \`id\` — reason`, first?.position ?? text.position, 'Start the entry with the component id in backticks.');
        return null;
    }
    let reason = tableReason;
    if (reason === null) {
        const rest = text.text.slice(end);
        reason = rest.replace(SEPARATOR, '').trim() || null;
    }
    return { raw, ref: raw, ids: [], reason, link, glob: /[*?[\]{}]/.test(raw), position, entry, form };
}
function readWorkflow(phase, section, kinds) {
    const workflow = { phase, description: '', steps: [], diagram: null, sections: [], position: section.position };
    let sources = [];
    const intro = section.content.filter((n) => n.type !== 'list');
    for (const sub of section.subsections) {
        workflow.sections.push(info(sub));
        if (sub.key === 'description')
            workflow.description = sub.markdown.trim();
        else if (sub.key === 'steps') {
            const list = sub.content.find((n) => n.type === 'list');
            if (list)
                sources = list.children.map((item) => readStepSource(item, sub.position));
        }
        else if (sub.key === 'sequence diagram') {
            workflow.diagram = findImage(sub.content, sub.position);
        }
    }
    if (!workflow.description && intro.length > 0)
        workflow.description = section.markdown.split(/\n#{3} /)[0].trim();
    const { steps, problems } = classifySteps(sources, kinds);
    for (const step of steps) {
        const read = readStepOptions(step.source);
        step.options = read.options;
        problems.push(...read.problems);
        ownWorkingDirectory(step, problems);
    }
    wireStepValues(steps, problems);
    workflow.steps = steps;
    return { workflow, problems };
}
/** The folder a step's own text names (``npm ci` in `ui``) is its working directory; an `In` option that says otherwise is an error. */
function ownWorkingDirectory(step, problems) {
    const own = step.facts.workingDirectory;
    if (!own)
        return;
    const option = step.options.workingDirectory;
    if (option && option.value.replace(/\/+$/, '') !== own.value.replace(/\/+$/, '')) {
        problems.push({ ruleId: 'invalid-step-option', message: `Unexpected working directory \`${option.value}\`: the step itself runs in \`${own.value}\``, position: option.position, hint: 'Name the folder once, in the step or in its `In` option.' });
        return;
    }
    const problem = workingDirectoryProblem(own.value);
    if (problem)
        problems.push({ ruleId: 'invalid-step-option', message: problem, position: own.position });
    step.options.workingDirectory = option ?? own;
}
/**
 * Env values without a source, and `{Name}` placeholders in shell text, read
 * the output of that name from the earliest lookup step before them.
 */
function wireStepValues(steps, problems) {
    const produced = new Map();
    for (const step of steps) {
        for (const p of step.options.env) {
            if (p.source !== null)
                continue;
            const from = produced.get(p.name);
            if (from !== undefined)
                p.source = { kind: 'lookup', step: from, output: p.name };
            else
                problems.push({ ruleId: 'parameter-without-source', message: `Missing source for env value \`${p.name}\`: no earlier lookup step reads an output named \`${p.name}\``, position: p.position, hint: 'Add (from vars.NAME) or (from secrets.NAME), or look the output up in an earlier step.' });
        }
        const shell = step.facts.shellText;
        if (shell !== null) {
            const seen = new Set(step.options.env.map((p) => p.name));
            for (const ph of findPlaceholders(shell)) {
                const from = produced.get(ph.name);
                if (from === undefined) {
                    problems.push({ ruleId: 'unknown-placeholder', message: `Unexpected placeholder \`{${ph.name}}\`: no earlier lookup step reads an output named \`${ph.name}\``, position: step.position, hint: `Look \`${ph.name}\` up in an earlier step (Look up \`${ph.name}\` from the \`stack\` stack output), or write a shell variable as \`$${ph.name}\`.` });
                }
                else if (ph.quote === 'single') {
                    problems.push({ ruleId: 'unknown-placeholder', message: `Unexpected placeholder \`{${ph.name}}\` inside single quotes, where the shell cannot expand it`, position: step.position, hint: 'Move the placeholder out of the single quotes, or use double quotes.' });
                }
                else if (!seen.has(ph.name)) {
                    seen.add(ph.name);
                    step.options.env.push({ name: ph.name, source: { kind: 'lookup', step: from, output: ph.name }, position: step.position });
                }
            }
        }
        for (const out of lookupOutputs(step))
            if (!produced.has(out))
                produced.set(out, step.index);
    }
}
/** The outputs a step writes for later steps (a lookup's `$GITHUB_OUTPUT`). */
function lookupOutputs(step) {
    return step.facts.produces.map((p) => p.value);
}
function findImage(nodes, fallback) {
    for (const node of nodes) {
        if (node.type !== 'paragraph')
            continue;
        for (const c of node.children) {
            if (c.type === 'image')
                return { alt: c.alt ?? '', url: c.url, position: positionOf(c, fallback) };
            if (c.type === 'link') {
                const img = c.children.find((x) => x.type === 'image');
                if (img && img.type === 'image')
                    return { alt: img.alt ?? '', url: img.url, position: positionOf(img, fallback) };
            }
        }
    }
    return null;
}
function readStepSource(item, fallback) {
    const pos = positionOf(item, fallback);
    const paragraphs = item.children.filter((c) => c.type === 'paragraph');
    const first = paragraphs[0];
    const head = first && first.type === 'paragraph' ? inlineText(first.children, positionOf(first, pos)) : inlineText([], pos);
    const children = [];
    const code = [];
    const notes = [];
    for (const child of item.children) {
        if (child === first)
            continue;
        if (child.type === 'list')
            children.push(...child.children.map((i) => readStepSource(i, pos)));
        else if (child.type === 'code')
            code.push({ lang: child.lang ?? null, value: child.value, position: positionOf(child, pos) });
        else if (child.type === 'paragraph')
            notes.push(inlineText(child.children, positionOf(child, pos)));
    }
    return { ...head, position: pos, children, code, notes };
}
function readTable(table, fallback) {
    const [head, ...body] = table.children;
    const headers = (head?.children ?? []).map((c, i) => toString(c).trim() || `Column ${i + 1}`);
    const rows = body.map((row) => {
        const cells = {};
        headers.forEach((h, i) => {
            const cell = row.children[i];
            cells[h] = cell ? inlineText(cell.children, positionOf(row, fallback)).text : '';
        });
        return { cells, position: positionOf(row, fallback) };
    });
    return { headers, rows };
}
function truncate(text) {
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
