import { commandWords, literalName, plainWord, sourcePart, takeFlag, takeList } from '../adopt.js';
const PARAMETER_NAME = /^[A-Za-z][A-Za-z0-9]*$/;
const CAPABILITY = /^CAPABILITY_[A-Z_]+$/;
export function adoptDeploy(step, ctx, shape) {
    if (step.shell && step.shell !== 'bash')
        return null;
    const words = commandWords(step.run);
    if (!words || shape.command.some((w, k) => words[k] !== w))
        return null;
    const at = { i: shape.command.length };
    const head = {};
    for (const flag of shape.head) {
        const value = takeFlag(words, at, flag);
        if (!literalName(value))
            return null;
        head[flag] = value;
    }
    const target = {};
    const targetParts = {};
    for (const flag of shape.target) {
        const value = takeFlag(words, at, flag);
        if (value === undefined)
            continue;
        const source = value === null || !plainWord(value) ? null : ctx.valueSource(value);
        const part = value === null ? null : value.includes('${{') ? sourcePart(value, ctx.source) : literalName(value) ? `\`${value}\`` : null;
        if (!source || !part)
            return null;
        target[flag] = source;
        targetParts[flag] = part;
    }
    let capabilities = [];
    if (words[at.i] === '--capabilities') {
        at.i++;
        capabilities = takeList(words, at);
        if (capabilities.length === 0 || !capabilities.every((c) => CAPABILITY.test(c)))
            return null;
    }
    for (const flag of shape.fixed)
        if (words[at.i++] !== flag)
            return null;
    const params = [];
    if (words[at.i] === '--parameter-overrides') {
        at.i++;
        const overrides = takeList(words, at);
        if (overrides.length === 0)
            return null;
        for (const kv of overrides) {
            const eq = kv.indexOf('=');
            const [name, value] = [kv.slice(0, eq), kv.slice(eq + 1)];
            const part = eq > 0 && PARAMETER_NAME.test(name) ? sourcePart(value, ctx.source) : null;
            if (!part)
                return null;
            params.push(`\`${name}\` ${part}`);
        }
    }
    const flags = words.slice(at.i);
    const known = new Set([...shape.head, ...shape.target, ...shape.fixed, '--capabilities', '--parameter-overrides', '--fail-on-empty-changeset']);
    if (!flags.every(literalName) || (flags.length > 0 && !flags[0].startsWith('--')) || flags.some((f) => known.has(f.replace(/=.*$/, ''))))
        return null;
    const stack = head['--stack-name'];
    const parts = [`stack: \`${stack}\``];
    if (params.length > 0)
        parts.push(`params: ${params.join(', ')}`);
    if (capabilities.length > 0)
        parts.push(`capabilities: ${capabilities.map((c) => `\`${c}\``).join(', ')}`);
    return { stack, head, target, targetParts, parts, flags };
}
