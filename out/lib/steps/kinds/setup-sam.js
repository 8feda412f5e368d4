/**
 * SAM CLI: installed on the runner (aws-actions/setup-sam) at the doc's
 * version, else the pinned one; or `pip install aws-sam-cli` (config
 * `sam.install`), optionally under a condition such as `!env.ACT`.
 */
import { stepName } from '../../emit/workflow/step-view.js';
import { md } from '../hints.js';
import { singleCommand } from '../adopt.js';
import { defineStepKind, located, phrase } from '../kind.js';
const pattern = /^(?:install|set ?up|setup)(?: the)?(?: aws)? sam(?: cli)?(?: `?v?(\d[\w.-]*)`?)?$/i;
export const setupSam = defineStepKind({
    id: 'setup-sam',
    summary: 'Install the AWS SAM CLI.',
    examples: ['Install SAM CLI', 'Set up the SAM CLI.', 'Setup AWS SAM CLI', 'Install SAM CLI `1.132.0`'],
    match(step) {
        const m = pattern.exec(phrase(step));
        return m ? { params: { version: m[1] === undefined ? null : located(step, m[1]) } } : null;
    },
    // aws-actions/setup-sam, or `pip install aws-sam-cli` whose `if:` becomes `sam.install.if`.
    adopt(step) {
        if (step.uses === 'aws-actions/setup-sam') {
            const { version, 'use-installer': _installer, ...rest } = step.with;
            return {
                text: version ? `Install SAM CLI \`${version}\`` : 'Install SAM CLI',
                settings: [{ key: 'sam.install', value: { via: 'action', pin: true } }],
                unmapped: Object.keys(rest).map((key) => `\`with.${key}\` of aws-actions/setup-sam`),
            };
        }
        const m = /^pip install aws-sam-cli(?:==(\d[\w.]*))?$/.exec(singleCommand(step.run) ?? '');
        if (!m)
            return null;
        const install = { via: 'pip', ...(step.if ? { if: step.if } : {}), pin: false };
        return { text: m[1] ? `Install SAM CLI \`${m[1]}\`` : 'Install SAM CLI', settings: [{ key: 'sam.install', value: install }], takesCondition: true };
    },
    emit(params, ctx) {
        const install = ctx.config.sam.install;
        const named = params.version?.value ?? null;
        if (install.via === 'pip') {
            const version = named ?? (install.pin ? ctx.config.pins.samCli : null);
            return [{ template: 'steps/setup-sam-pip', view: { name: stepName(ctx.step), package: version ? `aws-sam-cli==${version}` : 'aws-sam-cli' }, secrets: [], condition: install.if }];
        }
        return [
            {
                template: 'steps/setup-sam',
                view: { name: stepName(ctx.step), uses: ctx.uses('aws-actions/setup-sam'), version: named ?? ctx.config.pins.samCli },
                secrets: [],
                condition: install.if,
            },
        ];
    },
    hint: {
        like: 'a SAM CLI set-up',
        cues: [/\b(?:install|set ?up|setup|upgrade)\b.*\bsam\b/i, /\bcli\b/i, /\baws\b/i],
        explain(step) {
            const version = /\bv?(\d+\.\d[\w.-]*)/.exec(phrase(step))?.[1];
            return { lacks: 'is not phrased as `Install SAM CLI`', write: md(`Install SAM CLI${version ? ` \`${version}\`` : ''}`) };
        },
    },
});
