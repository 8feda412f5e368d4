/**
 * `sam deploy`: deploys the stack with parameter overrides, capabilities and
 * extra flags. Three phrasings (annotated one-liner, prose with a nested
 * parameter list, whole command) produce the same params. Emits `sam deploy`
 * with every parameter value in env (`PARAM_<Name>`); a parameter read from
 * another stack's output gets an implicit lookup step before the deploy.
 */
import { type EmittedStep, stepName, words } from '../../emit/workflow/step-view.js';
import type { Located } from '../../model/types.js';
import { parseCommand, unsupportedSyntax } from '../command.js';
import { codeSpans, defineStepKind, located, phrase, type StepProblem } from '../kind.js';
import { bareFlags, bareText, codeValues, md, namedStack, wordsAfter } from '../hints.js';
import { type Parameter, upperSnake } from '../parameter.js';
import { annotatedParts, deployTarget, parameterEnv, keyValue, listValues, literalParameter, outputRead, PARAMS_KEYS, readParameter, readParameters } from './deploy-parts.js';
import { COMMAND_SYNTAX_HINT, parameterLookupMessages, stackChangeMessages } from './sam-stack.js';
import { adoptDeploy } from './deploy-adopt.js';

const annotated = /^`sam deploy`(?:\s*(?:[—–:]|\s-)\s*(.*))?$/i;
const prose = /^sam deploy(?: (?:the )?(?:stack )?`([^`]+)`)?(?: stack)?(?:,? with (?:the )?(?:following )?(?:parameters|params)\b)?\s*(.*)$/i;
const command = /^`sam deploy\s+([^`]*)`$/i;

/** The stack the step names (null: the component's), its parameters, capabilities and other flags. */
interface SamDeployParams {
  stack: Located | null;
  parameters: Parameter[];
  capabilities: Located[];
  flags: string[];
}

export const samDeploy = defineStepKind<SamDeployParams>({
  id: 'sam-deploy',
  summary: 'Deploy the stack (`sam deploy`) with parameters, capabilities and flags.',
  examples: [
    '`sam deploy` — stack: `firefly-x`; params: `TableName` (from vars.TABLE_NAME), `ApiKey` (from secrets); capabilities: `CAPABILITY_IAM`',
    'SAM deploy `firefly-x` with parameters:\n   - `TableName` (from `TABLE_NAME` variable)\n   - `ApiKey` (from `API_KEY` secret)\n   - `ApiId` (from the `firefly-http-api` stack output)\n   - `ApiId`',
    '`sam deploy --stack-name firefly-x --capabilities CAPABILITY_IAM --parameter-overrides Stage=prod`',
  ],
  match(step) {
    const text = phrase(step);
    const problems: StepProblem[] = [];
    let stack: string | null = null;
    const parameters: Parameter[] = [];
    let capabilities: string[] = [];
    let flags: string[] = [];
    let m: RegExpExecArray | null;
    if ((m = annotated.exec(text))) {
      for (const part of annotatedParts(m[1] ?? '', PART_KEYS)) {
        const { key, value } = keyValue(part);
        if (key === 'stack') stack = codeSpans(value)[0] ?? null;
        else if (PARAMS_KEYS.has(key)) parameters.push(...readParameters(step, value, problems));
        else if (key === 'capabilities' || key === 'capability') capabilities = listValues(value);
        else if (key === 'flags' || key === 'options') flags = codeSpans(value).flatMap((f) => f.split(/\s+/));
        else {
          // Never drop what the doc said: an unknown part would vanish from the workflow.
          problems.push({
            ruleId: 'parameter-without-source',
            message: `Unexpected \`${part.trim()}\` in a \`sam deploy\` step, expected \`stack:\`, \`params:\`, \`capabilities:\` or \`flags:\``,
            position: step.position,
            hint: 'Write `sam deploy` — stack: `name`; params: `Name` (from vars.NAME); capabilities: `CAPABILITY_IAM`',
          });
        }
      }
    } else if ((m = prose.exec(text)) && (!m[2] || /^[;,]?\s*capabilities\b/i.test(m[2]))) {
      // Words after the stack that are not capabilities would be dropped silently: such a step is not this phrasing.
      stack = m[1] ?? null;
      capabilities = listValues(m[2] ?? '');
    } else if ((m = command.exec(text))) {
      const parsed = parseCommand(
        m[1]!,
        { '--stack-name': 'stack', '--parameter-overrides': 'params', '--capabilities': 'caps' },
        new Set(['params', 'caps']),
      );
      const syntax = unsupportedSyntax(parsed);
      if (syntax) problems.push({ ruleId: 'unsupported-command-syntax', message: syntax, position: step.position, hint: COMMAND_SYNTAX_HINT });
      stack = parsed.options.get('stack')?.at(-1) ?? null;
      capabilities = parsed.options.get('caps') ?? [];
      parameters.push(...(parsed.options.get('params') ?? []).map((kv) => literalParameter(step, kv, problems)).filter((p): p is Parameter => p !== null));
      flags = parsed.rest.filter((f) => f !== '--no-confirm-changeset' && f !== '--no-fail-on-empty-changeset');
    } else return null;
    // A nested list under any phrasing lists more parameters.
    for (const child of step.children) {
      const p = readParameter(child, phrase(child), problems);
      if (p) parameters.push(p);
    }
    return {
      params: { stack: stack === null ? null : located(step, stack), parameters, capabilities: capabilities.map((c) => located(step, c)), flags },
      problems,
    };
  },
  facts: (params) => ({
    stacks: [{ action: 'deploy', name: params.stack, command: 'sam deploy' }, ...params.parameters.flatMap(outputRead)],
    consumes: params.parameters,
    capabilities: params.capabilities,
    // `sam deploy` reads samconfig.toml (or the file --config-file names) for settings the step does not pass.
    samConfig: { file: flagValue(params.flags, '--config-file'), env: flagValue(params.flags, '--config-env') ?? 'default' },
    needsAws: true,
    needsCheckout: true,
    needsBuild: true,
  }),
  emit(params, ctx) {
    const { step } = ctx;
    const pre: EmittedStep[] = [];
    const env: Record<string, string> = {
      STACK_NAME: params.stack?.value ?? ctx.stack ?? '',
      CAPABILITIES: words(params.capabilities.map((c) => c.value)),
      PARAMETER_NAMES: words(params.parameters.map((p) => p.name)),
      EXTRA_ARGS: JSON.stringify(deployFlags(params.flags, ctx.config.sam.resolveS3 && !ctx.config.sam.s3Bucket)),
    };
    const secrets: string[] = [];
    // Artifact bucket, region and execution role from the config (front matter may override), through env.
    deployTarget(ctx.config, ctx, { region: null, role: null }, env, secrets, pre);
    parameterEnv(params.parameters, ctx, env, secrets, pre);
    return [...pre, { template: 'steps/sam-deploy', view: { name: stepName(step), env }, secrets }];
  },
  // `sam deploy` with the words this kind passes, in its order; the artifact bucket, region and role become `sam.*` settings.
  adopt(step, ctx) {
    const deploy = adoptDeploy(step, ctx, {
      command: ['sam', 'deploy'],
      head: ['--stack-name'],
      target: ['--s3-bucket', '--region', '--role-arn'],
      fixed: ['--no-confirm-changeset', '--no-fail-on-empty-changeset'],
    });
    if (!deploy) return null;
    const { stack, target, parts, flags } = deploy;
    const chosen = flags.some((f) => ['--resolve-s3', '--s3-bucket', '--config-file', '--config-env'].includes(f));
    // Without a bucket of its own, this kind adds `--resolve-s3` unless `sam.resolveS3` is off: say which.
    const settings = [
      { key: 'sam.s3Bucket', value: target['--s3-bucket'] ?? null },
      { key: 'sam.region', value: target['--region'] ?? null },
      { key: 'sam.roleArn', value: target['--role-arn'] ?? null },
      ...(target['--s3-bucket'] || chosen ? [] : [{ key: 'sam.resolveS3', value: false }]),
    ];
    if (flags.length > 0) parts.push(`flags: \`${flags.join(' ')}\``);
    return { text: `\`sam deploy\` — ${parts.join('; ')}`, settings, stacks: [{ action: 'deploy', name: stack }] };
  },
  diagram(params, ctx) {
    parameterLookupMessages(ctx, params.parameters);
    stackChangeMessages(ctx, params.stack, true);
  },
  hint: {
    like: '`sam deploy`',
    cues: [/\bdeploy/i, /\bsam\b/i, /\bstacks?\b/i, /\bparam|\bcapabilit/i],
    explain(step, ctx) {
      const stack = namedStack(step, ctx);
      const name = stack?.name ?? ctx.stack;
      const line = (rest = '') => md(`\`sam deploy\` — stack: \`${name}\`${rest}`);
      const flags = bareFlags(step);
      if (flags) return { lacks: `has the command's flags outside backticks (\`${flags}\`)`, write: md(/--stack-name/.test(flags) ? `sam deploy ${flags}` : `sam deploy --stack-name ${name} ${flags}`) };
      const text = bareText(step);
      const caps = [...new Set(text.match(/\bCAPABILITY_[A-Z_]+\b/g) ?? [])];
      if (caps.length > 0) return { lacks: `names ${caps.join(', ')} outside backticks`, write: line(`; capabilities: ${caps.map((c) => `\`${c}\``).join(', ')}`) };
      if (/\bparam/i.test(text)) {
        const names = [...codeValues(step), ...text.split(/[\s,;()]+/)].filter((w) => w !== name && /^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+$/.test(w));
        const shown = (names.length > 0 ? [...new Set(names)] : ['ParameterName']).map((n) => `\`${n}\` (from vars.${upperSnake(n)})`);
        return { lacks: 'lists parameters in a form it does not read', write: line(`; params: ${shown.join(', ')}`) };
      }
      if (stack?.bare) return { lacks: `names the stack \`${name}\` without backticks`, write: line() };
      const extra = wordsAfter(step, /\bsam deploy\b/i);
      if (extra) return { lacks: `has words it does not take (\`${extra}\`): the stack goes in backticks`, write: line() };
      return { lacks: stack ? 'is not phrased as a SAM deploy' : 'names no stack', write: line() };
    },
  },
});

/** The doc's flags, plus `--resolve-s3` (a managed artifact bucket) unless the doc chose a bucket or config turned it off. */
function deployFlags(flags: readonly string[], resolveS3: boolean): string[] {
  const chosen = flags.some((f) => f === '--resolve-s3' || f === '--s3-bucket' || f.startsWith('--s3-bucket=') || f === '--config-file' || f === '--config-env');
  return resolveS3 && !chosen ? [...flags, '--resolve-s3'] : [...flags];
}

/** The value of `--flag value` or `--flag=value` among the step's extra flags. */
function flagValue(flags: readonly string[], flag: string): string | null {
  for (let i = 0; i < flags.length; i++) {
    if (flags[i] === flag) return flags[i + 1] ?? null;
    if (flags[i]!.startsWith(`${flag}=`)) return flags[i]!.slice(flag.length + 1);
  }
  return null;
}

const PART_KEYS = /^(?:stack|params?|parameters?|capabilit(?:y|ies)|flags|options)\s*:/i;
