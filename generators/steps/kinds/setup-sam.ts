/**
 * SAM CLI: installed on the runner (aws-actions/setup-sam) at the doc's
 * version, else the pinned one.
 */
import { stepName } from '../../emit/workflow/step-view.js';
import { md } from '../hints.js';
import { defineStepKind, located, phrase } from '../kind.js';
import type { VersionParams } from './runtime.js';

const pattern = /^(?:install|set ?up|setup)(?: the)?(?: aws)? sam(?: cli)?(?: `?v?(\d[\w.-]*)`?)?$/i;

export const setupSam = defineStepKind<VersionParams>({
  id: 'setup-sam',
  summary: 'Install the AWS SAM CLI.',
  examples: ['Install SAM CLI', 'Set up the SAM CLI.', 'Setup AWS SAM CLI', 'Install SAM CLI `1.132.0`'],
  match(step) {
    const m = pattern.exec(phrase(step));
    return m ? { params: { version: m[1] === undefined ? null : located(step, m[1]) } } : null;
  },
  emit: (params, ctx) => [
    {
      template: 'steps/setup-sam',
      view: { name: stepName(ctx.step), uses: ctx.uses('aws-actions/setup-sam'), version: params.version?.value ?? ctx.config.pins.samCli },
      secrets: [],
    },
  ],
  hint: {
    like: 'a SAM CLI set-up',
    cues: [/\b(?:install|set ?up|setup|upgrade)\b.*\bsam\b/i, /\bcli\b/i, /\baws\b/i],
    explain(step) {
      const version = /\bv?(\d+\.\d[\w.-]*)/.exec(phrase(step))?.[1];
      return { lacks: 'is not phrased as `Install SAM CLI`', write: md(`Install SAM CLI${version ? ` \`${version}\`` : ''}`) };
    },
  },
});
