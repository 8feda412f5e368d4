import { expression, firstSet, inert, secretOf } from '../expressions.js';
/** The GitHub step name for a doc step: its text without backticks, never an expression. */
export function stepName(step) {
    return inert(step.text.replace(/`/g, '').replace(/\s+/g, ' ').trim()).replace(/[.:]$/, '') || `Step ${step.index}`;
}
/** A config value source as a YAML value: `${{ secrets.X }}`, `${{ vars.X }}`, `${{ inputs.X }}`, the literal, or the composed template. */
export function sourceValue(source) {
    if ('secret' in source)
        return expression(`secrets.${source.secret}`);
    if ('var' in source)
        return expression(`vars.${source.var}`);
    if ('input' in source)
        return expression(`inputs.${source.input}`);
    if ('github' in source)
        return expression(`github.${source.github}`);
    if ('template' in source)
        return source.template.replace(/\{((?:secrets|vars)\.[A-Za-z_]\w*)\}/g, (_, path) => expression(path));
    return source.value;
}
/**
 * The first of several value sources that is set (`${{ inputs.ref || github.ref_name }}`).
 * The schema allows only secrets, variables, inputs and github values in a list of several.
 */
export function firstSetValue(sources) {
    if (sources.length === 1)
        return sourceValue(sources[0]);
    return firstSet(sources.map((source) => sourceValue(source).slice(4, -3)));
}
/** Secrets a value source needs. */
export function sourceSecrets(source) {
    if ('secret' in source)
        return [source.secret];
    if ('template' in source)
        return [...source.template.matchAll(/\{secrets\.([A-Za-z_]\w*)\}/g)].map((m) => m[1]);
    return [];
}
/** The env that makes the AWS CLI of one step call another region (the job's credentials work in every region). */
export function regionEnv(region) {
    const value = sourceValue(region);
    return { AWS_REGION: value, AWS_DEFAULT_REGION: value };
}
/** The step id of lookup step `index` (and its k-th implicit lookup for a deploy). */
export function lookupId(index, k) {
    return k === undefined ? `lookup-${index}` : `lookup-${index}-${k}`;
}
/** `a b c` from a list, for a space-separated env value. */
export function words(list) {
    return list.join(' ');
}
/**
 * The YAML value of a doc value (a `sam deploy` parameter or a step's env
 * value), the secrets it uses, and the lookup step it needs first when it
 * reads another stack's output (`lookupStep` is that step's id).
 */
export function parameterValue(p, ctx, lookupStep) {
    const s = p.source;
    const secrets = [];
    const use = (path) => {
        const secret = secretOf(path);
        if (secret)
            secrets.push(secret);
        return expression(path);
    };
    if (s?.kind === 'literal')
        return { value: s.value, secrets, pre: [] };
    if (s?.kind === 'expression')
        return { value: use(s.expression), secrets, pre: [] };
    if (s?.kind === 'composed')
        return { value: s.parts.map((part) => ('literal' in part ? inert(part.literal) : use(part.expression))).join(''), secrets, pre: [] };
    if (s?.kind === 'lookup')
        return { value: expression(`steps.${ctx.stepId(s.step)}.outputs.${s.output}`), secrets, pre: [] };
    if (s?.kind === 'stack-output') {
        const region = ctx.regionOf(s.stack);
        const pre = {
            template: 'steps/stack-output-lookup',
            view: { name: `Look up ${s.output} from ${s.stack} for ${p.name}`, id: lookupStep, stack: s.stack, outputs: s.output, optional: 'false', doc: `${ctx.component.file}:${p.position.start.line}` },
            secrets: region ? sourceSecrets(region) : [],
            ...(region ? { extraEnv: regionEnv(region) } : {}),
        };
        return { value: expression(`steps.${lookupStep}.outputs.${s.output}`), secrets, pre: [pre] };
    }
    return { value: '', secrets, pre: [] };
}
