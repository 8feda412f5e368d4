/**
 * `if:` conditions written in docs and front matter: parsed with GitHub's own
 * expression parser (@actions/expressions) and checked so that a condition
 * only reads contexts docflow allows, and only outcomes of steps that run
 * earlier in the same job. A condition never reaches a shell.
 */
import { Lexer, Parser } from '@actions/expressions';
import * as ast from '@actions/expressions/ast';
/** The `github` properties a condition may read: the ref and event, never event payloads. */
const GITHUB_KEYS = new Set(['ref', 'ref_name', 'ref_type', 'event_name', 'base_ref', 'head_ref']);
const STATUS = ['success', 'failure', 'always', 'cancelled'].map((name) => ({ name, description: '', minArgs: 0, maxArgs: 0 }));
const CONTEXTS = ['vars', 'inputs', 'env', 'steps', 'github', 'needs', 'secrets', 'matrix', 'job', 'runner', 'strategy'];
/** Parses and checks `text` (no `${{ }}`). */
export function checkCondition(text, scope) {
    if (text.includes('${{'))
        return { message: `Unexpected \`\${{\` in condition \`${text}\``, hint: 'Write the expression without `${{ }}`; docflow adds them.' };
    let expr;
    try {
        const lexed = new Lexer(text).lex();
        expr = new Parser(lexed.tokens, CONTEXTS, STATUS).parse();
    }
    catch (e) {
        return { message: `Invalid condition \`${text}\`: ${e.message}`, hint: 'Write a GitHub expression such as `!env.ACT` or `failure() && steps.deploy.outcome == \'failure\'`.' };
    }
    for (const path of contextPaths(expr)) {
        const problem = checkPath(path, scope);
        if (problem)
            return { message: `Unexpected \`${path.join('.')}\` in condition \`${text}\`: ${problem}`, hint: allowedHint(scope) };
    }
    return null;
}
function allowedHint(scope) {
    return scope.kind === 'step'
        ? 'A step condition may read `vars.X`, `inputs.X`, `env.X`, `github.ref` / `ref_name` / `ref_type` / `event_name`, and `steps.<id>.outcome`, `.conclusion` or `.outputs.X` of an earlier step with that id.'
        : 'A job condition may read `vars.X`, `inputs.X` and `github.ref` / `ref_name` / `ref_type` / `event_name`.';
}
function checkPath(path, scope) {
    const [root, a, b, c] = path;
    switch (root) {
        case 'vars':
        case 'inputs':
            return path.length === 2 && a !== '*' ? null : 'expected `' + root + '.NAME`';
        case 'env':
            if (scope.kind === 'job')
                return 'a job condition cannot read `env`';
            return path.length === 2 && a !== '*' ? null : 'expected `env.NAME`';
        case 'github':
            return path.length === 2 && GITHUB_KEYS.has(a) ? null : 'only `github.ref`, `ref_name`, `ref_type`, `event_name`, `base_ref` and `head_ref` may be read';
        case 'steps': {
            if (scope.kind === 'job')
                return 'a job condition cannot read `steps`';
            const shape = (b === 'outcome' || b === 'conclusion') && path.length === 3 ? true : b === 'outputs' && path.length === 4 && c !== '*';
            if (!shape || !a)
                return 'expected `steps.<id>.outcome`, `steps.<id>.conclusion` or `steps.<id>.outputs.NAME`';
            return scope.earlierSteps.has(a) ? null : `no step with id \`${a}\` runs earlier in this job`;
        }
        default:
            return `the \`${root}\` context is not allowed in docs`;
    }
}
/** Every context access as a path: `steps.deploy.outcome` → ['steps', 'deploy', 'outcome']. */
function contextPaths(expr) {
    const out = [];
    const visit = (e) => {
        const path = pathOf(e);
        if (path) {
            out.push(path);
            return;
        }
        if (e instanceof ast.Unary)
            visit(e.expr);
        else if (e instanceof ast.Binary)
            (visit(e.left), visit(e.right));
        else if (e instanceof ast.Logical)
            e.args.forEach(visit);
        else if (e instanceof ast.Grouping)
            visit(e.group);
        else if (e instanceof ast.FunctionCall)
            e.args.forEach(visit);
        else if (e instanceof ast.IndexAccess)
            (visit(e.expr), visit(e.index));
    };
    visit(expr);
    return out;
}
function pathOf(e) {
    if (e instanceof ast.ContextAccess)
        return [e.name.lexeme];
    if (e instanceof ast.IndexAccess) {
        const base = pathOf(e.expr);
        if (!base)
            return null;
        if (e.index instanceof ast.Literal)
            return [...base, e.index.literal.coerceString()];
        // A computed index could read anything: treat it as a wildcard, which no rule allows.
        return [...base, '*'];
    }
    return null;
}
