/**
 * sam-deploy → `sam deploy` with every parameter value in env (`PARAM_<Name>`).
 * A parameter read from another stack's output gets an implicit lookup step
 * before the deploy.
 */
import type { Parameter } from '../../../steps/parameter.js';
import type { ValueSource } from '../../../config/types.js';
import { type EmittedStep, lookupId, parameterValue, sourceSecrets, sourceValue, type StepViewBuilder, stepName, words } from '../step-view.js';

export const samDeployView: StepViewBuilder = (step, ctx) => {
  const params = step.params.parameters as Parameter[];
  const sam = ctx.config.sam;
  const pre: EmittedStep[] = [];
  const env: Record<string, string> = {
    STACK_NAME: (step.params.stack as string | null) ?? ctx.stack ?? '',
    CAPABILITIES: words(step.params.capabilities as string[]),
    PARAMETER_NAMES: words(params.map((p) => p.name)),
    EXTRA_ARGS: JSON.stringify(deployFlags(step.params.flags as string[], ctx.config.sam.resolveS3 && !sam.s3Bucket)),
  };
  const secrets: string[] = [];
  // Artifact bucket, region and execution role from the config (front matter may override), through env.
  const fromConfig: [string, ValueSource | null][] = [['S3_BUCKET', sam.s3Bucket], ['DEPLOY_REGION', sam.region], ['ROLE_ARN', sam.roleArn]];
  for (const [name, source] of fromConfig) {
    env[name] = source ? sourceValue(source) : '';
    if (source) secrets.push(...sourceSecrets(source));
  }
  params.forEach((p, k) => {
    const v = parameterValue(p, ctx, lookupId(step.index, k + 1));
    pre.push(...v.pre);
    secrets.push(...v.secrets);
    env[`PARAM_${p.name}`] = v.value;
  });
  return [...pre, { template: 'steps/sam-deploy', view: { name: stepName(step), env }, secrets }];
};

/** The doc's flags, plus `--resolve-s3` (a managed artifact bucket) unless the doc chose a bucket or config turned it off. */
function deployFlags(flags: readonly string[], resolveS3: boolean): string[] {
  const chosen = flags.some((f) => f === '--resolve-s3' || f === '--s3-bucket' || f.startsWith('--s3-bucket=') || f === '--config-file' || f === '--config-env');
  return resolveS3 && !chosen ? [...flags, '--resolve-s3'] : [...flags];
}
