/**
 * Which recorded calls only read. This is the whole of the comparison's
 * allowance, so it is an explicit allowlist and errs on the side of "writes":
 * anything not named here, any unknown tool, and any `wait` counts as an effect.
 */
import type { ToolCall } from './types.js';

// AWS API naming: Describe*, Get*, List* and Head* operations read; every other verb may write.
const AWS_READ_VERB = /^(describe|get|list|head)-/;
// Reads whose verb does not say so.
const AWS_READ_OPERATIONS = new Set(['s3 ls', 'cloudformation validate-template', 'cloudformation estimate-template-cost']);
// Reads that would still be a change the comparison must see: they hand out credentials or secrets to the run.
const AWS_NOT_READS = new Set(['sts assume-role', 'sts get-session-token', 'sts get-federation-token', 'ecr get-login-password', 'ecr get-authorization-token', 'secretsmanager get-secret-value']);
// Global options that take no value, so the word after one is a command, not its value.
const AWS_FLAGS = new Set(['--no-cli-pager', '--debug', '--no-paginate', '--no-verify-ssl', '--no-sign-request']);

/** The `service operation` of an aws call, options skipped: `cloudformation describe-stacks`. */
export function awsOperation(argv: string[]): string {
  const words: string[] = [];
  for (let at = 0; at < argv.length && words.length < 2; at += 1) {
    const arg = argv[at]!;
    if (arg.startsWith('--')) {
      if (!AWS_FLAGS.has(arg) && !arg.includes('=')) at += 1;
      continue;
    }
    words.push(arg);
  }
  return words.join(' ');
}

const GH_READS = new Set(['run list', 'run view', 'workflow list', 'workflow view', 'release list', 'release view', 'auth status']);
const SAM_READS = new Set(['validate', 'list']);

/**
 * True when the call cannot change anything outside the runner: a read that
 * the comparison may find in one trace and not the other. A call whose exit
 * code is not 0 still counts: a failing read that fails the step shows as a
 * different step outcome and job result, which are compared.
 */
export function isReadOnly(call: ToolCall): boolean {
  if (call.tool === 'aws') {
    if (call.argv.includes('--generate-cli-skeleton')) return true;
    const operation = awsOperation(call.argv);
    const verb = operation.split(' ')[1] ?? '';
    if (AWS_NOT_READS.has(operation)) return false;
    return AWS_READ_OPERATIONS.has(operation) || AWS_READ_VERB.test(verb);
  }
  if (call.tool === 'gh') {
    if (call.argv[0] === 'api') return !call.argv.some((arg) => /^(-X|--method)$/.test(arg) || /^(-f|-F|--field|--raw-field|--input)$/.test(arg));
    return GH_READS.has(call.argv.slice(0, 2).join(' '));
  }
  if (call.tool === 'sam') return SAM_READS.has(call.argv[0] ?? '');
  return false;
}
