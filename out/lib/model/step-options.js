import { readSource } from '../steps/parameter.js';
import { codePosition, splitTop } from '../steps/kind.js';
import { NO_STEP_OPTIONS } from './types.js';
const READERS = [
    [/^(?:step )?id:? `([^`]+)`$/i, (m, o, at) => ((o.id = { value: m[1], position: at }), /^[A-Za-z_][A-Za-z0-9_-]*$/.test(m[1]) ? null : `Unexpected step id \`${m[1]}\`, expected letters, digits, \`_\` and \`-\``)],
    [/^(?:runs )?only (?:if|when):? `([^`]+)`$|^if:? `([^`]+)`$/i, (m, o, at) => ((o.if = { value: (m[1] ?? m[2]), position: at }), null)],
    [/^continues? on error$/i, (_m, o) => ((o.continueOnError = true), null)],
    [/^(?:runs )?in (?:the folder )?`([^`]+)`$|^working directory:? `([^`]+)`$/i, (m, o, at) => {
            const dir = (m[1] ?? m[2]);
            o.workingDirectory = { value: dir, position: at };
            return workingDirectoryProblem(dir);
        }],
];
/** Why `dir` cannot be a step's working directory, or null when it can: a relative path inside the repository. */
export function workingDirectoryProblem(dir) {
    return /^(?!\/)(?!.*(?:^|\/)\.\.(?:\/|$))[A-Za-z0-9_./-]+$/.test(dir) ? null : `Unexpected working directory \`${dir}\`, expected a relative path inside the repository`;
}
const ENV = /^(?:with )?env(?:ironment)?(?: values?)?:? (.+)$/i;
/** Reads the option paragraphs among a step's notes. */
export function readStepOptions(source) {
    const options = { ...NO_STEP_OPTIONS, env: [] };
    const problems = [];
    for (const note of source.notes) {
        const sentences = splitSentences(note.text);
        if (!sentences.some((s) => isOption(s)))
            continue;
        for (const sentence of sentences) {
            const at = positionIn(note, sentence);
            const env = ENV.exec(sentence);
            if (env) {
                for (const part of splitTop(env[1], ','))
                    options.env.push(...readEnv(source, part.replace(/^and /i, ''), problems));
                continue;
            }
            const hit = READERS.map(([re, read]) => [re.exec(sentence), read]).find(([m]) => m);
            if (!hit) {
                problems.push({
                    ruleId: 'invalid-step-option',
                    message: `Unexpected step option \`${sentence}\``,
                    position: at,
                    hint: 'Step options are sentences: Id `deploy`. Only if `!env.ACT`. Continues on error. In `ui`. Env: `NAME` (from vars.NAME).',
                });
                continue;
            }
            const problem = hit[1](hit[0], options, at);
            if (problem)
                problems.push({ ruleId: 'invalid-step-option', message: problem, position: at });
        }
    }
    return { options, problems };
}
function isOption(sentence) {
    return ENV.test(sentence) || READERS.some(([re]) => re.test(sentence));
}
function readEnv(source, text, problems) {
    const m = /^`([A-Za-z_][A-Za-z0-9_]*)`\s*(?:\((.*)\))?$/.exec(text.trim());
    if (!m) {
        problems.push({ ruleId: 'invalid-step-option', message: `Unexpected env value \`${text.trim()}\`, expected \`NAME\` (from vars.NAME)`, position: source.position, hint: 'Write `NAME` (from vars.X), `NAME` (from secrets.X) or a bare `Name` that an earlier lookup reads.' });
        return [];
    }
    const name = m[1];
    const position = codePosition(source, name);
    if (m[2] === undefined)
        return [{ name, source: null, position }];
    const read = readSource(name, m[2], position);
    if (read.problem)
        problems.push(read.problem);
    return [{ name, source: read.source, position }];
}
/** Sentences ending in `.` (outside code spans); the last may lack one. */
function splitSentences(text) {
    const out = [];
    let code = false;
    let cur = '';
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (ch === '`')
            code = !code;
        if (ch === '.' && !code && (i + 1 === text.length || /\s/.test(text[i + 1]))) {
            out.push(cur);
            cur = '';
        }
        else
            cur += ch;
    }
    out.push(cur);
    return out.map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean);
}
/** The position of the first code span of `sentence` in the note, else the note's. */
function positionIn(note, sentence) {
    const code = /`([^`]+)`/.exec(sentence)?.[1];
    const span = code ? note.spans.find((s) => s.kind === 'code' && s.value === code) : undefined;
    return span?.position ?? note.position;
}
