/**
 * `aws cloudformation deploy`: deploys a plain CloudFormation template (no
 * SAM build) with parameter overrides, capabilities and flags. The annotated
 * one-liner, prose (with a nested parameter list) and the whole command give
 * the same params. Like `sam deploy`, it passes the config's region and
 * execution role (`sam.region`, `sam.roleArn`), every value through env; a
 * region or role the step names (or `none`) replaces the config's. The
 * artifact bucket (`--s3-bucket`, for templates over 51,200 bytes) is the step's.
 */
import { type EmittedStep, stepName, words } from '../../emit/workflow/step-view.js';
import type { Located, StepSource } from '../../model/types.js';
import { parseCommand, unsupportedSyntax } from '../command.js';
import { codeSpans, defineStepKind, located, phrase, type StepProblem } from '../kind.js';
import type { Parameter } from '../parameter.js';
import { buildTemplate } from '../template-path.js';
import { annotatedParts, deployTarget, parameterEnv, keyValue, listValues, literalParameter, noneValue, outputRead, PARAMS_KEYS, readParameter, readParameters, readValue } from './deploy-parts.js';
import { cfnChangeMessages, COMMAND_SYNTAX_HINT, parameterLookupMessages } from './sam-stack.js';
import { md, namedStack } from '../hints.js';
import { adoptDeploy } from './deploy-adopt.js';

const annotated = /^`aws cloudformation deploy`(?:\s*(?:[—–:]|\s-)\s*(.*))?$/i;
const command = /^`aws cloudformation deploy\s+([^`]+)`$/i;
const PARAMETERS = String.raw`(?:,? with (?:the )?(?:following )?(?:parameters|params))?`;
const TARGET = String.raw`(?: (?:as|to) (?:the )?(?:stack )?\x60([^\x60]+)\x60(?: stack)?)?`;
// CloudFormation deploy `t.yaml` as `x` …; Deploy `t.yaml` as `x` with CloudFormation …; each may end in `; key: value` parts.
const prose = [
  new RegExp(String.raw`^(?:aws )?cloudformation deploy(?: (?:the )?(?:template )?\x60([^\x60]+)\x60)?${TARGET}${PARAMETERS}(?:\s*;\s*(.*))?$`, 'i'),
  new RegExp(String.raw`^deploy(?: (?:the )?(?:template )?\x60([^\x60]+)\x60)?${TARGET}(?: the stack)? with (?:aws )?cloudformation${PARAMETERS}(?:\s*;\s*(.*))?$`, 'i'),
];
const PART_KEYS = /^(?:stack|template|params?|parameters?|capabilit(?:y|ies)|flags|options|region|role|bucket)\s*:/i;
const FLAGS_SET_ELSEWHERE = new Set(['--no-fail-on-empty-changeset', '--fail-on-empty-changeset']);

/** The stack (null: the component's), the template (null: the configured pattern), parameters, capabilities, a region, role or artifact bucket of its own (a literal `''`: none), other flags. */
interface CloudFormationDeployParams {
  stack: Located | null;
  template: Located | null;
  parameters: Parameter[];
  capabilities: Located[];
  region: Parameter | null;
  role: Parameter | null;
  bucket: Parameter | null;
  flags: string[];
}

export const cloudformationDeploy = defineStepKind<CloudFormationDeployParams>({
  id: 'cloudformation-deploy',
  summary: 'Deploy a CloudFormation template (`aws cloudformation deploy`) with parameters, capabilities and flags.',
  hint: {
    like: '`aws cloudformation deploy`',
    cues: [/cloudformation|\bcfn\b/i, /\bdeploy/i, /\btemplate|\bstacks?\b|\bparam/i],
    explain(step, ctx) {
      const name = namedStack(step, ctx)?.name ?? ctx.stack;
      return { lacks: 'is not phrased as a CloudFormation deploy (a stack and a template in backticks)', write: md(`\`aws cloudformation deploy\` — stack: \`${name}\`; template: \`${ctx.template}\``) };
    },
  },
  examples: [
    '`aws cloudformation deploy` — stack: `firefly-cdn`; template: `templates/cdn.yaml`; params: `DomainName` (from vars.UI_DOMAIN), `CertificateArn` (from the `firefly-acm-certificate` stack output); capabilities: `CAPABILITY_IAM`',
    'CloudFormation deploy `templates/cdn.yaml` as `firefly-cdn` with parameters:\n   - `DomainName` (from vars.UI_DOMAIN)\n   - `Environment` (from inputs.environment)',
    'Deploy `templates/certificate.yaml` with CloudFormation; region: `us-east-1`',
    '`aws cloudformation deploy --stack-name firefly-cdn --template-file templates/cdn.yaml --parameter-overrides Stage=prod`',
  ],
  match(step) {
    const text = phrase(step);
    const problems: StepProblem[] = [];
    const p: CloudFormationDeployParams = { stack: null, template: null, parameters: [], capabilities: [], region: null, role: null, bucket: null, flags: [] };
    let m: RegExpExecArray | null;
    const hit = prose.map((re) => re.exec(text)).find((x) => x);
    if ((m = annotated.exec(text))) readParts(step, m[1] ?? '', p, problems);
    else if (hit) {
      if (hit[1]) p.template = located(step, hit[1]);
      if (hit[2]) p.stack = located(step, hit[2]);
      readParts(step, hit[3] ?? '', p, problems);
    } else if ((m = command.exec(text))) {
      const parsed = parseCommand(
        m[1]!,
        { '--stack-name': 'stack', '--template-file': 'template', '--parameter-overrides': 'params', '--capabilities': 'caps', '--region': 'region', '--role-arn': 'role', '--s3-bucket': 'bucket' },
        new Set(['params', 'caps']),
      );
      const syntax = unsupportedSyntax(parsed);
      if (syntax) problems.push({ ruleId: 'unsupported-command-syntax', message: syntax, position: step.position, hint: COMMAND_SYNTAX_HINT });
      const one = (key: string) => parsed.options.get(key)?.at(-1);
      const stack = one('stack');
      const template = one('template');
      if (stack !== undefined) p.stack = located(step, stack);
      if (template !== undefined) p.template = { value: template, position: step.position };
      p.capabilities = (parsed.options.get('caps') ?? []).map((c) => located(step, c));
      p.parameters = (parsed.options.get('params') ?? []).map((kv) => literalParameter(step, kv, problems)).filter((x): x is Parameter => x !== null);
      const literal = (key: string, name: string): Parameter | null => {
        const value = one(key);
        return value === undefined ? null : { name, source: { kind: 'literal', value }, position: step.position };
      };
      p.region = literal('region', 'Region');
      p.role = literal('role', 'RoleArn');
      p.bucket = literal('bucket', 'S3Bucket');
      p.flags = parsed.rest.filter((f) => !FLAGS_SET_ELSEWHERE.has(f));
    } else return null;
    // A nested list under any phrasing lists more parameters.
    for (const child of step.children) {
      const param = readParameter(child, phrase(child), problems);
      if (param) p.parameters.push(param);
    }
    return { params: p, problems };
  },
  facts: (params) => ({
    stacks: [{ action: 'deploy', name: params.stack, command: 'aws cloudformation deploy' }, ...params.parameters.flatMap(outputRead)],
    consumes: params.parameters,
    capabilities: params.capabilities,
    templates: params.template ? [params.template] : [],
    needsAws: true,
    needsCheckout: true,
    // It reads the stack's template from the checkout, as `sam build` does.
    builds: true,
  }),
  emit(params, ctx) {
    const { step } = ctx;
    const pre: EmittedStep[] = [];
    const secrets: string[] = [];
    const env: Record<string, string> = {
      STACK_NAME: params.stack?.value ?? ctx.stack ?? '',
      // Without a path, the configured pattern; in a step with a working directory, its template.yaml.
      TEMPLATE_FILE: buildTemplate(step, ctx.component.id, ctx.config.paths.stackTemplates).flag ?? 'template.yaml',
      CAPABILITIES: words(params.capabilities.map((c) => c.value)),
      PARAMETER_NAMES: words(params.parameters.map((x) => x.name)),
      EXTRA_ARGS: JSON.stringify(params.flags),
    };
    deployTarget(ctx.config, ctx, params, env, secrets, pre);
    parameterEnv(params.parameters, ctx, env, secrets, pre);
    return [...pre, { template: 'steps/cloudformation-deploy', view: { name: stepName(step), env }, secrets }];
  },
  // `aws cloudformation deploy` with the words this kind passes, in its order. The step says its own bucket,
  // region and role (`none` for a region or role it does not pass), so the config cannot add one.
  adopt(step, ctx) {
    const deploy = adoptDeploy(step, ctx, {
      command: ['aws', 'cloudformation', 'deploy'],
      head: ['--stack-name', '--template-file'],
      target: ['--s3-bucket', '--region', '--role-arn'],
      fixed: ['--no-fail-on-empty-changeset'],
    });
    if (!deploy) return null;
    const { stack, head, targetParts, flags } = deploy;
    const [first, ...rest] = deploy.parts;
    const parts = [first!, `template: \`${head['--template-file']}\``];
    if (targetParts['--s3-bucket']) parts.push(`bucket: ${targetParts['--s3-bucket']}`);
    parts.push(`region: ${targetParts['--region'] ?? 'none'}`, `role: ${targetParts['--role-arn'] ?? 'none'}`, ...rest);
    if (flags.length > 0) parts.push(`flags: \`${flags.join(' ')}\``);
    return { text: `\`aws cloudformation deploy\` — ${parts.join('; ')}`, stacks: [{ action: 'deploy', name: stack }] };
  },
  diagram(params, ctx) {
    parameterLookupMessages(ctx, params.parameters);
    cfnChangeMessages(ctx, params.stack, true);
  },
});

/** The `key: value` parts after the phrase. */
function readParts(step: StepSource, text: string, p: CloudFormationDeployParams, problems: StepProblem[]): void {
  for (const part of annotatedParts(text, PART_KEYS)) {
    const { key, value } = keyValue(part);
    if (key === 'stack') p.stack = spanValue(step, key, value, problems);
    else if (key === 'template') p.template = spanValue(step, key, value, problems);
    else if (PARAMS_KEYS.has(key)) p.parameters.push(...readParameters(step, value, problems));
    else if (key === 'capabilities' || key === 'capability') p.capabilities = listValues(value).map((c) => located(step, c));
    else if (key === 'flags' || key === 'options') p.flags = codeSpans(value).flatMap((f) => f.split(/\s+/)).filter((f) => !FLAGS_SET_ELSEWHERE.has(f));
    else if (key === 'region') p.region = noneValue(step, value, 'Region') ?? readValue(step, value, 'Region', problems);
    else if (key === 'role') p.role = noneValue(step, value, 'RoleArn') ?? readValue(step, value, 'RoleArn', problems);
    else if (key === 'bucket') p.bucket = noneValue(step, value, 'S3Bucket') ?? readValue(step, value, 'S3Bucket', problems);
    else if (key === 'bucket') p.bucket = noneValue(step, value, 'S3Bucket') ?? readValue(step, value, 'S3Bucket', problems);
    else {
      // Never drop what the doc said: an unknown part would vanish from the workflow.
      problems.push({
        ruleId: 'parameter-without-source',
        message: `Unexpected \`${part.trim()}\` in an \`aws cloudformation deploy\` step, expected \`stack:\`, \`template:\`, \`params:\`, \`capabilities:\`, \`region:\`, \`role:\`, \`bucket:\` or \`flags:\``,
        position: step.position,
        hint: 'Write `aws cloudformation deploy` — stack: `name`; template: `templates/x.yaml`; params: `Name` (from vars.NAME)',
      });
    }
  }
}

/** The one value in backticks of a `stack:` or `template:` part; anything else is reported, never taken for "none". */
function spanValue(step: StepSource, key: string, text: string, problems: StepProblem[]): Located | null {
  const spans = codeSpans(text);
  if (spans.length === 1 && /^`[^`]+`$/.test(text.trim())) return located(step, spans[0]!);
  problems.push({ ruleId: 'parameter-without-source', message: `Unexpected \`${key}: ${text.trim()}\`, expected one value in backticks`, position: step.position, hint: `Write ${key}: \`name\`.` });
  return null;
}
