/**
 * Invalidate a CloudFront distribution's cache after new files are
 * uploaded (`aws cloudfront create-invalidation --paths "/*"`). The
 * distribution id is a literal, an earlier lookup's output
 * (`{DistributionId}`) or a source; the paths default to everything.
 */
import { PARTICIPANT } from '../../emit/diagram/messages.js';
import { stepName } from '../../emit/workflow/step-view.js';
import { codeSpans, defineStepKind, located, phrase } from '../kind.js';
import { readValue, shownValue, valueEnv } from './deploy-parts.js';
import { codeValues, md } from '../hints.js';
import { commandWords, literalName, sourcePart, takeFlag, takeList } from '../adopt.js';
// Invalidate <words around one value> [for `/a` and `/b`]; the words must say CloudFront.
const pattern = /^invalidate (.+?)(?: (?:for|paths?:?) ((?:`[^`]+`(?:,? (?:and )?)?)+))?$/i;
const VALUE = /`[^`]+`(?:\s*\([^)]*\))?/;
const WORDS = /^(?:(?:the|cloudfront|cdn|cache|of|distribution|distribution's|cdn's|'s)\s*)*$/i;
export const cloudfrontInvalidation = defineStepKind({
    id: 'cloudfront-invalidation',
    summary: 'Invalidate a CloudFront distribution (`aws cloudfront create-invalidation`), by default every path.',
    hint: {
        like: 'a CloudFront invalidation',
        cues: [/\binvalidat/i, /cloudfront|\bcdn\b|\bcache\b/i],
        explain(step, ctx) {
            const id = codeValues(step)[0] ?? '{DistributionId}';
            return { lacks: 'is not phrased as a CloudFront invalidation (the distribution in backticks)', write: md(`Invalidate the \`${id}\` CloudFront distribution`) };
        },
    },
    examples: [
        'Invalidate the `{DistributionId}` CloudFront distribution',
        'Invalidate the CloudFront cache of `{DistributionId}` for `/index.html` and `/assets/*`',
        'Invalidate CloudFront distribution `E2QWRUHAPOMQZL`.',
    ],
    match(step) {
        const m = pattern.exec(phrase(step));
        if (!m || !/cloudfront|cdn/i.test(m[1]))
            return null;
        const value = VALUE.exec(m[1]);
        if (!value || !WORDS.test(m[1].replace(value[0], ' ').trim()))
            return null;
        const problems = [];
        const paths = m[2] === undefined ? [{ value: '/*', position: step.position }] : codeSpans(m[2]).map((p) => located(step, p));
        for (const p of paths) {
            if (!p.value.startsWith('/'))
                problems.push({ ruleId: 'parameter-without-source', message: `Unexpected invalidation path \`${p.value}\`, expected a path that starts with \`/\``, position: p.position, hint: 'Write paths such as `/index.html` or `/*`.' });
        }
        return { params: { distribution: readValue(step, value[0], 'DistributionId', problems), paths }, problems };
    },
    facts: (params) => ({ consumes: params.distribution ? [params.distribution] : [], needsAws: true }),
    emit(params, ctx) {
        const v = valueEnv(params.distribution, ctx, 1);
        const env = { DISTRIBUTION_ID: v.value, INVALIDATION_PATHS: JSON.stringify(params.paths.map((p) => p.value)) };
        return [...v.pre, { template: 'steps/cloudfront-invalidation', view: { name: stepName(ctx.step), env }, secrets: v.secrets }];
    },
    // `aws cloudfront create-invalidation --distribution-id D --paths P…`: the words this kind passes.
    adopt(step, ctx) {
        const words = commandWords(step.run);
        if (!words || words.slice(0, 3).join(' ') !== 'aws cloudfront create-invalidation' || (step.shell && step.shell !== 'bash'))
            return null;
        const at = { i: 3 };
        const id = takeFlag(words, at, '--distribution-id');
        if (!id || words[at.i++] !== '--paths')
            return null;
        const paths = takeList(words, at);
        if (at.i < words.length || paths.length === 0 || !paths.every((p) => /^\/[^\s`$]*$/.test(p)))
            return null;
        const part = id.includes('${{') ? sourcePart(id, ctx.source) : null;
        const distribution = part ? `\`DistributionId\` ${part}` : literalName(id) ? `\`${id}\`` : null;
        if (!distribution)
            return null;
        const only = paths.length === 1 && paths[0] === '/*';
        return { text: `Invalidate the CloudFront distribution ${distribution}${only ? '' : ` for ${paths.map((p) => `\`${p}\``).join(' and ')}`}` };
    },
    diagram(params, ctx) {
        ctx.say(PARTICIPANT.runner, PARTICIPANT.cloudfront, `create-invalidation ${shownValue(params.distribution)} ${params.paths.map((p) => p.value).join(' ')}`);
        ctx.say(PARTICIPANT.cloudfront, PARTICIPANT.runner, 'invalidation in progress', true);
    },
});
