/**
 * Reads one doc's outline as a component: known sections by name (any case,
 * any order), entries from bullets or tables, steps classified by the step
 * vocabulary. Unknown sections are kept as free content.
 */
import type { List, ListItem, PhrasingContent, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { Diagnostic, Position } from '../diagnostics/diagnostic.js';
import type { ParseRuleId } from './parse-rules.js';
import { inlineText, positionOf } from '../parse/inline.js';
import type { Outline, OutlineSection } from '../parse/outline.js';
import { classifySteps } from '../steps/classify.js';
import { readStepOptions } from './step-options.js';
import { findPlaceholders } from './placeholders.js';
import type { StepKind, StepProblem } from '../steps/kind.js';
import type { Component, DependencyRef, FailureScenario, InlineText, Phase, SectionInfo, Step, StepCode, StepSource, Workflow } from './types.js';

/** Section keys that make a doc a component (docs/FORMAT.md, "Files that are not components"). */
const COMPONENT_SECTIONS = new Set(['overview', 'cloudformation stack', 'dependencies', 'required by', 'deploy workflow', 'delete workflow', 'failure scenarios']);

const SUBSECTIONS: Record<'dependencies' | 'required by', Record<string, Phase>> = {
  dependencies: { deploy: 'deploy', 'deploy dependencies': 'deploy', delete: 'delete', 'delete dependencies': 'delete' },
  'required by': { deploy: 'deploy', 'required by deploy': 'deploy', delete: 'delete', 'required by delete': 'delete' },
};

/** Result of reading one doc. */
export interface BuiltDoc {
  component: Component | null;
  diagnostics: Diagnostic[];
}

/** Reads an outline as a component, or reports (info) that it is not one. */
export function buildComponent(file: string, outline: Outline, kinds: readonly StepKind[]): BuiltDoc {
  const diagnostics: Diagnostic[] = [];
  const report = (ruleId: ParseRuleId, severity: Diagnostic['severity'], message: string, position: Position, hint?: string) =>
    diagnostics.push({ ruleId, severity, message, file, start: position.start, end: position.end, ...(hint ? { hint } : {}) });

  const docPosition = outline.title?.position ?? outline.start;
  if (!outline.sections.some((s) => COMPONENT_SECTIONS.has(s.key))) {
    report('not-a-component', 'info', 'Skipped: not a component doc (no Overview, CloudFormation Stack, Dependencies, Required By, workflow or Failure Scenarios section)', docPosition);
    return { component: null, diagnostics };
  }
  const fileId = (file.split('/').pop() ?? file).replace(/\.md$/i, '');
  if (!outline.title) report('missing-title', 'error', `Missing H1, expected \`# ${fileId}\``, outline.start, `Start the doc with \`# ${fileId}\`.`);

  const component: Component = {
    id: outline.title?.value || fileId,
    file,
    title: outline.title,
    overview: '',
    stack: null,
    defaultStack: null,
    dependencies: { deploy: [], delete: [] },
    requiredBy: { deploy: [], delete: [] },
    unreadEntries: [],
    workflows: { deploy: null, delete: null },
    failureScenarios: [],
    failureHeaders: [],
    sections: [],
    frontMatter: null,
    position: docPosition,
  };

  if (outline.frontMatter) component.frontMatter = readFrontMatter(outline.frontMatter, report);

  const seen = new Map<string, OutlineSection>();
  for (const section of outline.sections) {
    component.sections.push(info(section));
    const first = seen.get(section.key);
    if (first && COMPONENT_SECTIONS.has(section.key)) {
      report('duplicate-section', 'error', `Unexpected second \`${section.title}\` section (first at line ${first.position.start.line})`, section.position, 'Merge the two sections into one.');
      if (section.key === 'dependencies' || section.key === 'required by') component.unreadEntries.push(section.position);
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
        const target = section.key === 'dependencies' ? component.dependencies : component.requiredBy;
        // Entries that cannot be read are recorded: the graph may lack their edges.
        const entryReport: Report = (ruleId, severity, message, position, hint) => {
          if (severity === 'error') component.unreadEntries.push(position);
          report(ruleId, severity, message, position, hint);
        };
        readEntrySection(section, SUBSECTIONS[section.key], target, entryReport);
        break;
      }
      case 'deploy workflow':
      case 'delete workflow': {
        const phase: Phase = section.key === 'deploy workflow' ? 'deploy' : 'delete';
        const { workflow, problems } = readWorkflow(phase, section, kinds);
        component.workflows[phase] = workflow;
        for (const p of problems) report(p.ruleId, 'error', p.message, p.position, p.hint);
        break;
      }
      case 'failure scenarios': {
        const table = section.content.find((n): n is Table => n.type === 'table');
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
  return { component, diagnostics };
}

type Report = (ruleId: ParseRuleId, severity: Diagnostic['severity'], message: string, position: Position, hint?: string) => void;

function info(section: OutlineSection): SectionInfo {
  return { title: section.title, depth: section.depth, position: section.position, markdown: section.markdown };
}

function readFrontMatter(fm: { value: string; position: Position }, report: Report): Component['frontMatter'] {
  try {
    const data: unknown = parseYaml(fm.value, { prettyErrors: false });
    if (data === null || data === undefined) return { value: {}, yaml: fm.value, position: fm.position };
    if (typeof data !== 'object' || Array.isArray(data)) {
      report('invalid-front-matter', 'error', 'Unexpected front matter, expected a YAML mapping of options', fm.position);
      return null;
    }
    return { value: data as Record<string, unknown>, yaml: fm.value, position: fm.position };
  } catch (e) {
    // Without prettyErrors the parser gives only an offset (`pos`), no `linePos`.
    // Front matter content starts on the line after the opening `---`.
    const before = fm.value.slice(0, e instanceof YAMLParseError ? e.pos[0] : 0).split('\n');
    const at = { line: fm.position.start.line + before.length, column: before[before.length - 1]!.length + 1 };
    const reason = e instanceof Error ? e.message.split('\n')[0]! : String(e);
    report('invalid-front-matter', 'error', `Invalid YAML front matter: ${reason}`, { start: at, end: at }, 'Fix the YAML between the `---` lines.');
    return null;
  }
}

function readStack(section: OutlineSection, report: Report): Component['stack'] {
  for (const node of section.content) {
    if (node.type !== 'paragraph') continue;
    const code = node.children.find((c) => c.type === 'inlineCode');
    if (code && code.type === 'inlineCode') return { value: code.value.trim(), position: positionOf(code, section.position) };
  }
  report('missing-stack', 'error', 'Missing stack name in `CloudFormation Stack`, expected it in backticks', section.position, 'Write the stack name as inline code, e.g. `firefly-x`.');
  return null;
}

/** Reads `### Deploy` / `### Delete` (or their long names) under Dependencies or Required By. */
function readEntrySection(section: OutlineSection, names: Record<string, Phase>, target: Record<Phase, DependencyRef[]>, report: Report): void {
  if (section.content.some((n) => n.type === 'list' || n.type === 'table' || n.type === 'paragraph')) {
    const first = section.content.find((n) => n.type === 'list' || n.type === 'table' || n.type === 'paragraph')!;
    report(
      'unexpected-content',
      'error',
      `Unexpected content directly under \`${section.title}\`, expected \`### Deploy\` and \`### Delete\` subsections`,
      positionOf(first, section.position),
      'Move the entries under a `### Deploy` or `### Delete` heading.',
    );
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
    target[phase].push(...readEntries(sub, report));
  }
}

// `None`, `None.`, `None — …`; not a bare id such as `none-cache`.
const NONE = /^none(?![\w-])/i;
const SEPARATOR = /^\s*(?:—|–|:|\s-)\s*/;
const BARE_ID = /^([A-Za-z0-9][\w.*?[\]{}-]*)(?=$|\s|:)/;

function readEntries(sub: OutlineSection, report: Report): DependencyRef[] {
  const refs: DependencyRef[] = [];
  for (const node of sub.content) {
    if (node.type === 'list') {
      for (const item of node.children) {
        const para = item.children.find((c) => c.type === 'paragraph');
        if (!para || para.type !== 'paragraph') continue;
        const text = inlineText(para.children, positionOf(item, sub.position));
        if (NONE.test(text.text)) continue;
        const ref = readEntry(text, null, report);
        if (ref) refs.push(ref);
      }
    } else if (node.type === 'table') {
      for (const row of node.children.slice(1)) {
        const [idCell, reasonCell] = row.children;
        if (!idCell) continue;
        const text = inlineText(idCell.children, positionOf(row, sub.position));
        if (!text.text || NONE.test(text.text)) continue;
        const reason = reasonCell ? toString(reasonCell).trim() || null : null;
        const ref = readEntry(text, reason, report);
        if (ref) refs.push(ref);
      }
    } else if (node.type === 'paragraph') {
      const text = toString(node).trim();
      if (!NONE.test(text)) {
        report('unexpected-content', 'error', `Unexpected text \`${truncate(text)}\` in \`${sub.title}\`, expected a list of \`id\` — reason entries or \`None\``, positionOf(node, sub.position));
      }
    }
  }
  return refs;
}

/** One entry: `` `id` — reason ``, `[id](./id.md): reason`, or a bare id. */
function readEntry(text: InlineText, tableReason: string | null, report: Report): DependencyRef | null {
  const first = text.spans[0];
  let raw: string;
  let link: string | null = null;
  let end: number;
  let position = text.position;
  const linkSpan = text.spans.find((s) => s.kind === 'link' && s.start === 0);
  if (linkSpan) {
    raw = text.text.slice(0, linkSpan.end).replace(/`/g, '').trim();
    link = linkSpan.value;
    end = linkSpan.end;
    position = linkSpan.position;
  } else if (first && first.kind === 'code' && first.start === 0) {
    raw = first.value.trim();
    end = first.end;
    position = first.position;
  } else {
    const m = BARE_ID.exec(text.text);
    if (!m) {
      report('malformed-entry', 'error', `Unexpected entry \`${truncate(text.text)}\`, expected \`id\` — reason`, first?.position ?? text.position, 'Start the entry with the component id in backticks.');
      return null;
    }
    raw = m[1]!;
    end = m[1]!.length;
    if (first) position = first.position;
  }
  let reason: string | null = tableReason;
  if (reason === null) {
    const rest = text.text.slice(end);
    reason = rest.replace(SEPARATOR, '').trim() || null;
  }
  return { raw, ref: raw, ids: [], reason, link, glob: /[*?[\]{}]/.test(raw), position };
}

function readWorkflow(phase: Phase, section: OutlineSection, kinds: readonly StepKind[]) {
  const workflow: Workflow = { phase, description: '', steps: [], diagram: null, sections: [], position: section.position };
  let sources: StepSource[] = [];
  const intro = section.content.filter((n) => n.type !== 'list');
  for (const sub of section.subsections) {
    workflow.sections.push(info(sub));
    if (sub.key === 'description') workflow.description = sub.markdown.trim();
    else if (sub.key === 'steps') {
      const list = sub.content.find((n): n is List => n.type === 'list');
      if (list) sources = list.children.map((item) => readStepSource(item, sub.position));
    } else if (sub.key === 'sequence diagram') {
      workflow.diagram = findImage(sub.content, sub.position);
    }
  }
  if (!workflow.description && intro.length > 0) workflow.description = section.markdown.split(/\n#{3} /)[0]!.trim();
  const { steps, problems } = classifySteps(sources, kinds);
  for (const step of steps) {
    const read = readStepOptions(step.source);
    step.options = read.options;
    problems.push(...read.problems);
  }
  wireStepValues(steps, problems);
  workflow.steps = steps;
  return { workflow, problems };
}

/**
 * Env values without a source, and `{Name}` placeholders in shell text, read
 * the output of that name from the earliest lookup step before them.
 */
function wireStepValues(steps: Step[], problems: StepProblem[]): void {
  const produced = new Map<string, number>();
  for (const step of steps) {
    for (const p of step.options.env) {
      if (p.source !== null) continue;
      const from = produced.get(p.name);
      if (from !== undefined) p.source = { kind: 'lookup', step: from, output: p.name };
      else problems.push({ ruleId: 'parameter-without-source', message: `Missing source for env value \`${p.name}\`: no earlier lookup step reads an output named \`${p.name}\``, position: p.position, hint: 'Add (from vars.NAME) or (from secrets.NAME), or look the output up in an earlier step.' });
    }
    const shell = step.facts.shellText;
    if (shell !== null) {
      const seen = new Set(step.options.env.map((p) => p.name));
      for (const ph of findPlaceholders(shell)) {
        const from = produced.get(ph.name);
        if (from === undefined) {
          problems.push({ ruleId: 'unknown-placeholder', message: `Unexpected placeholder \`{${ph.name}}\`: no earlier lookup step reads an output named \`${ph.name}\``, position: step.position, hint: `Look \`${ph.name}\` up in an earlier step (Look up \`${ph.name}\` from the \`stack\` stack output), or write a shell variable as \`$${ph.name}\`.` });
        } else if (ph.quote === 'single') {
          problems.push({ ruleId: 'unknown-placeholder', message: `Unexpected placeholder \`{${ph.name}}\` inside single quotes, where the shell cannot expand it`, position: step.position, hint: 'Move the placeholder out of the single quotes, or use double quotes.' });
        } else if (!seen.has(ph.name)) {
          seen.add(ph.name);
          step.options.env.push({ name: ph.name, source: { kind: 'lookup', step: from, output: ph.name }, position: step.position });
        }
      }
    }
    for (const out of lookupOutputs(step)) if (!produced.has(out)) produced.set(out, step.index);
  }
}

/** The outputs a step writes for later steps (a lookup's `$GITHUB_OUTPUT`). */
function lookupOutputs(step: Step): string[] {
  return step.facts.produces.map((p) => p.value);
}

function findImage(nodes: RootContent[], fallback: Position): Workflow['diagram'] {
  for (const node of nodes) {
    if (node.type !== 'paragraph') continue;
    for (const c of node.children) {
      if (c.type === 'image') return { alt: c.alt ?? '', url: c.url, position: positionOf(c, fallback) };
      if (c.type === 'link') {
        const img = c.children.find((x) => x.type === 'image');
        if (img && img.type === 'image') return { alt: img.alt ?? '', url: img.url, position: positionOf(img, fallback) };
      }
    }
  }
  return null;
}

function readStepSource(item: ListItem, fallback: Position): StepSource {
  const pos = positionOf(item, fallback);
  const paragraphs = item.children.filter((c) => c.type === 'paragraph');
  const first = paragraphs[0];
  const head = first && first.type === 'paragraph' ? inlineText(first.children, positionOf(first, pos)) : inlineText([] as PhrasingContent[], pos);
  const children: StepSource[] = [];
  const code: StepCode[] = [];
  const notes: InlineText[] = [];
  for (const child of item.children) {
    if (child === first) continue;
    if (child.type === 'list') children.push(...child.children.map((i) => readStepSource(i, pos)));
    else if (child.type === 'code') code.push({ lang: child.lang ?? null, value: child.value, position: positionOf(child, pos) });
    else if (child.type === 'paragraph') notes.push(inlineText(child.children, positionOf(child, pos)));
  }
  return { ...head, position: pos, children, code, notes };
}

function readTable(table: Table, fallback: Position): { headers: string[]; rows: FailureScenario[] } {
  const [head, ...body] = table.children;
  const headers = (head?.children ?? []).map((c, i) => toString(c).trim() || `Column ${i + 1}`);
  const rows = body.map((row) => {
    const cells: Record<string, string> = {};
    headers.forEach((h, i) => {
      const cell = row.children[i];
      cells[h] = cell ? inlineText(cell.children, positionOf(row, fallback)).text : '';
    });
    return { cells, position: positionOf(row, fallback) };
  });
  return { headers, rows };
}

function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

