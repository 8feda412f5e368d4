/**
 * sam-deploy → `sam deploy` with every parameter value in env (`PARAM_<Name>`).
 * A parameter read from another stack's output gets an implicit lookup step
 * before the deploy.
 */
import type { Parameter } from '../../../steps/parameter.js';
import { expression, secretOf } from '../../expressions.js';
import { type EmittedStep, lookupId, type StepViewBuilder, stepName, words } from '../step-view.js';

export const samDeployView: StepViewBuilder = (step, ctx) => {
  const params = step.params.parameters as Parameter[];
  const pre: EmittedStep[] = [];
  const env: Record<string, string> = {
    STACK_NAME: (step.params.stack as string | null) ?? ctx.stack ?? '',
    CAPABILITIES: words(step.params.capabilities as string[]),
    PARAMETER_NAMES: words(params.map((p) => p.name)),
    EXTRA_ARGS: JSON.stringify(deployFlags(step.params.flags as string[], ctx.config.sam.resolveS3)),
  };
  const secrets: string[] = [];
  params.forEach((p, k) => {
    const s = p.source;
    let value = '';
    if (s?.kind === 'literal') value = s.value;
    else if (s?.kind === 'expression') {
      value = expression(s.expression);
      const secret = secretOf(s.expression);
      if (secret) secrets.push(secret);
    } else if (s?.kind === 'lookup') value = expression(`steps.${lookupId(s.step)}.outputs.${s.output}`);
    else if (s?.kind === 'stack-output') {
      const id = lookupId(step.index, k + 1);
      pre.push({
        template: 'steps/stack-output-lookup',
        view: {
          name: `Look up ${s.output} from ${s.stack} for ${p.name}`,
          id,
          stack: s.stack,
          outputs: s.output,
          optional: 'false',
          doc: `${ctx.component.file}:${p.position.start.line}`,
        },
        secrets: [],
      });
      value = expression(`steps.${id}.outputs.${s.output}`);
    }
    env[`PARAM_${p.name}`] = value;
  });
  return [...pre, { template: 'steps/sam-deploy', view: { name: stepName(step), env }, secrets }];
};

/** The doc's flags, plus `--resolve-s3` (a managed artifact bucket) unless the doc chose a bucket or config turned it off. */
function deployFlags(flags: readonly string[], resolveS3: boolean): string[] {
  const chosen = flags.some((f) => f === '--resolve-s3' || f === '--s3-bucket' || f.startsWith('--s3-bucket=') || f === '--config-file' || f === '--config-env');
  return resolveS3 && !chosen ? [...flags, '--resolve-s3'] : [...flags];
}
