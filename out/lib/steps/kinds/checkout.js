/**
 * Checkout: the repository checked out on the runner. Every workflow that
 * builds from source needs it, so it is the most common first step. Emits
 * actions/checkout without persisted credentials (unless `checkout.persistCredentials`).
 */
import { stepName } from '../../emit/workflow/step-view.js';
import { md } from '../hints.js';
import { defineStepKind, phrase } from '../kind.js';
const pattern = /^(?:git )?(?:check ?out|clone)(?: the)?(?: (?:git )?(?:repo|repository|code|source(?: code)?))?$/i;
export const checkout = defineStepKind({
    id: 'checkout',
    summary: 'Check out the repository.',
    examples: ['Checkout repository', 'Check out the repository.', 'Checkout code'],
    match: (step) => (pattern.test(phrase(step)) ? { params: {} } : null),
    facts: () => ({ checksOut: true }),
    // Another repository's checkout is front matter `deploy.checkout`, which the importer writes.
    adopt: (step) => step.uses === 'actions/checkout' && !step.with.repository && !step.with.path
        ? {
            text: 'Checkout repository',
            settings: [{ key: 'checkout.persistCredentials', value: step.with['persist-credentials'] !== 'false' }],
            unmapped: Object.keys(step.with).filter((key) => key !== 'persist-credentials').map((key) => `\`with.${key}\` of actions/checkout`),
        }
        : null,
    emit: (_params, ctx) => [{ template: 'steps/checkout', view: { name: stepName(ctx.step), uses: ctx.uses('actions/checkout'), persistCredentials: ctx.config.checkout.persistCredentials }, secrets: [] }],
    hint: {
        like: 'a checkout',
        cues: [/\b(?:check ?out|clone)\b/i, /\b(?:repo|repository|code|source)\b/i, /\bgit\b/i],
        explain: (step) => ({
            lacks: /\band\b|,|&|\bthen\b/i.test(phrase(step)) ? 'does more than check out: give the rest its own step' : 'has words the checkout phrasing does not take',
            write: md('Check out the repository.'),
        }),
    },
});
