/**
 * The stand-ins for aws, sam, pip, npm, gh, python3, … in sandbox runs. Each
 * stubbed command on PATH is a tiny bash script that sends its argv, cwd, env
 * (and, for an interpreter reading `-`, its stdin) to a server in the test
 * process over localhost TCP (bash's `/dev/tcp`), and prints the answer. The
 * server records the call and answers from the scripted rules or, for aws and
 * sam, from a small fake of CloudFormation/S3/Logs state. No process starts per
 * call beyond bash itself, which keeps long orchestrations fast.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import path from 'node:path';
import jmespath from 'jmespath';
import type { FakeAws, FakeBucket, StubRule } from './types.js';

/** One call as a stub saw it. */
export interface RecordedCall {
  tool: string;
  argv: string[];
  cwd: string;
  env: Record<string, string>;
  stdin: string;
  exitCode: number;
}

interface Answer {
  stdout?: string;
  stderr?: string;
  exitCode?: number;
}

const INTERPRETERS = new Set(['python', 'python3', 'node', 'bash', 'sh']);
// Options that take no value, so the word after one is not its value.
const FLAGS = new Set(['--no-cli-pager', '--debug', '--no-paginate', '--no-verify-ssl', '--recursive', '--force', '--no-sign-request']);

/** The bash script that stands in for `tool`, talking to the server on `port`. */
export function stubScript(tool: string, port: number): string {
  // Only an interpreter given its script on stdin reads it; any other tool must leave stdin
  // alone, or it would eat the input of a `while read` loop around it.
  const stdin = INTERPRETERS.has(tool) ? 'if [ "$#" -eq 0 ] || [ "$1" = - ]; then base64 -w0; fi' : ':';
  return [
    '#!/bin/bash',
    `exec 3<>/dev/tcp/127.0.0.1/${port} || exit 127`,
    `{ printf '%s\\0' ${tool} "$PWD" "$#" "$@"; ${stdin}; printf '\\0'; env -0; printf '${END}\\0'; } >&3`,
    'IFS= read -r code <&3; IFS= read -r out <&3; IFS= read -r err <&3',
    '[ -z "$out" ] || printf %s "$out" | base64 -d',
    '[ -z "$err" ] || printf %s "$err" | base64 -d >&2',
    'exit "${code:-127}"',
    '',
  ].join('\n');
}

// Ends a request; no env entry can equal it, since each has a `=`.
const END = 'END-OF-REQUEST';

/** Parses a whole request: NUL-terminated fields tool, cwd, argc, argv…, stdin (base64), env entries…, END. */
function parseRequest(buffer: Buffer): Omit<RecordedCall, 'exitCode'> | undefined {
  if (!buffer.toString('utf8').endsWith(`\0${END}\0`)) return undefined;
  const fields = buffer.toString('utf8').split('\0');
  const argc = Number(fields[2]);
  const envStart = 3 + argc + 1;
  const end = fields.lastIndexOf(END);
  const env: Record<string, string> = {};
  for (const entry of fields.slice(envStart, end)) {
    const eq = entry.indexOf('=');
    env[entry.slice(0, eq)] = entry.slice(eq + 1);
  }
  return { tool: fields[0]!, cwd: fields[1]!, argv: fields.slice(3, 3 + argc), stdin: Buffer.from(fields[3 + argc]!, 'base64').toString('utf8'), env };
}

function textOf(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (Array.isArray(value)) {
    if (value.every((item) => item === null || typeof item !== 'object')) return value.map(textOf).join('\t');
    return value.map(textOf).join('\n');
  }
  if (typeof value === 'object') return Object.values(value).map(textOf).join('\t');
  return String(value);
}

/** The fake tools of one run: the calls so far and the AWS state they changed. */
export class FakeTools {
  readonly calls: RecordedCall[] = [];
  private readonly consumed = new Set<number>();
  private readonly state: FakeAws;
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();

  constructor(private readonly rules: StubRule[], aws: FakeAws) {
    this.state = structuredClone(aws);
  }

  /** Starts the server; resolves to its port. */
  start(): Promise<number> {
    const server = createServer((socket) => this.serve(socket));
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port));
    });
  }

  stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private serve(socket: Socket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    let buffer = Buffer.alloc(0);
    let answered = false;
    socket.on('data', (chunk: Buffer) => {
      if (answered) return;
      buffer = Buffer.concat([buffer, chunk]);
      const request = parseRequest(buffer);
      if (!request) return;
      answered = true;
      let answer: Answer;
      try {
        answer = this.answer(request);
      } catch (error) {
        // Say so like the CLI would (for example, a --query JMESPath cannot parse), and fail the call.
        answer = { stderr: `\nsandbox stub: ${(error as Error).message}\n`, exitCode: 255 };
      }
      const code = answer.exitCode ?? 0;
      this.calls.push({ ...request, exitCode: code });
      const b64 = (text: string | undefined): string => Buffer.from(text ?? '').toString('base64');
      socket.end(`${code}\n${b64(answer.stdout)}\n${b64(answer.stderr)}\n`);
    });
    socket.on('error', () => socket.destroy());
  }

  private answer(call: Omit<RecordedCall, 'exitCode'>): Answer {
    const at = this.rules.findIndex((rule, index) => !this.consumed.has(index) && matches(rule, call));
    if (at >= 0) {
      const rule = this.rules[at]!;
      if (rule.once) this.consumed.add(at);
      if (rule.json !== undefined) return { ...awsAnswer(call, rule.json), exitCode: rule.exitCode ?? 0 };
      return { stdout: rule.stdout, stderr: rule.stderr, exitCode: rule.exitCode };
    }
    if (call.tool === 'aws') return this.aws(call);
    if (call.tool === 'sam') return this.sam(call);
    return {};
  }

  private stackIn(name: string | undefined, call: Omit<RecordedCall, 'exitCode'>): { status?: string; outputs?: Record<string, string> } | undefined {
    const stack = name === undefined ? undefined : this.state.stacks?.[name];
    if (!stack) return undefined;
    if (stack.region && region(call) !== stack.region) return undefined;
    return stack;
  }

  private bucket(name: string | undefined): FakeBucket | undefined {
    if (!this.state.buckets) return { versions: [], deleteMarkers: [], uploads: [] };
    return name === undefined ? undefined : this.state.buckets[name];
  }

  private deployed(name: string | undefined, call: Omit<RecordedCall, 'exitCode'>): void {
    if (name === undefined) return;
    this.state.stacks ??= {};
    this.state.stacks[name] ??= { status: 'CREATE_COMPLETE', ...(region(call) ? { region: region(call) } : {}) };
  }

  private aws(call: Omit<RecordedCall, 'exitCode'>): Answer {
    const { argv } = call;
    const words = argv.filter((arg, at) => !arg.startsWith('--') && (at === 0 || !argv[at - 1]!.startsWith('--') || FLAGS.has(argv[at - 1]!)));
    const [service, operation] = words;
    const stackName = option(argv, '--stack-name');
    const bucketName = option(argv, '--bucket');
    const describe = (name: string, stack: { status?: string; outputs?: Record<string, string> }): unknown => {
      const outputs = Object.entries(stack.outputs ?? {}).map(([OutputKey, OutputValue]) => ({ OutputKey, OutputValue }));
      return { StackName: name, StackStatus: stack.status ?? 'UPDATE_COMPLETE', ...(outputs.length ? { Outputs: outputs } : {}) };
    };
    switch (`${service} ${operation}`) {
      case 'cloudformation describe-stacks': {
        if (stackName === undefined) return awsAnswer(call, { Stacks: Object.entries(this.state.stacks ?? {}).map(([name, stack]) => describe(name, stack)) });
        const stack = this.stackIn(stackName, call);
        if (!stack) return awsError('ValidationError', 'DescribeStacks', `Stack with id ${stackName} does not exist`);
        return awsAnswer(call, { Stacks: [describe(stackName, stack)] });
      }
      case 'cloudformation deploy':
        this.deployed(stackName, call);
        return { stdout: `\nWaiting for changeset to be created..\nSuccessfully created/updated stack - ${stackName}\n` };
      case 'cloudformation delete-stack':
        if (stackName !== undefined && this.state.stacks) delete this.state.stacks[stackName];
        return {};
      case 's3api head-bucket':
        return this.bucket(bucketName) ? {} : awsError('404', 'HeadBucket', 'Not Found');
      case 's3api list-object-versions': {
        const found = this.bucket(bucketName);
        if (!found) return awsError('NoSuchBucket', 'ListObjectVersions', 'The specified bucket does not exist');
        const answer: Record<string, unknown> = {};
        if (found.versions?.length) answer.Versions = found.versions.map((item) => ({ Key: item.key, VersionId: item.versionId, IsLatest: true }));
        if (found.deleteMarkers?.length) answer.DeleteMarkers = found.deleteMarkers.map((item) => ({ Key: item.key, VersionId: item.versionId, IsLatest: true }));
        return awsAnswer(call, answer);
      }
      case 's3api delete-objects': {
        const found = this.bucket(bucketName);
        if (!found) return awsError('NoSuchBucket', 'DeleteObjects', 'The specified bucket does not exist');
        let spec = option(argv, '--delete') ?? '{}';
        if (spec.startsWith('file://')) spec = readFileSync(path.resolve(call.cwd, spec.slice('file://'.length)), 'utf8');
        let objects: { Key: string; VersionId?: string }[];
        try {
          objects = (JSON.parse(spec) as { Objects?: { Key: string; VersionId?: string }[] }).Objects ?? [];
        } catch {
          return { stderr: `\nError parsing parameter '--delete': Invalid JSON: ${spec}\n`, exitCode: 252 };
        }
        const gone = (item: { key: string; versionId: string }): boolean => objects.some((object) => object.Key === item.key && object.VersionId === item.versionId);
        found.versions = (found.versions ?? []).filter((item) => !gone(item));
        found.deleteMarkers = (found.deleteMarkers ?? []).filter((item) => !gone(item));
        return awsAnswer(call, { Deleted: objects });
      }
      case 's3api list-multipart-uploads': {
        const found = this.bucket(bucketName);
        if (!found) return awsError('NoSuchBucket', 'ListMultipartUploads', 'The specified bucket does not exist');
        return awsAnswer(call, found.uploads?.length ? { Uploads: found.uploads.map((item) => ({ Key: item.key, UploadId: item.uploadId })) } : {});
      }
      case 's3api abort-multipart-upload': {
        const found = this.bucket(bucketName);
        if (!found) return awsError('NoSuchBucket', 'AbortMultipartUpload', 'The specified bucket does not exist');
        found.uploads = (found.uploads ?? []).filter((item) => !(item.key === option(argv, '--key') && item.uploadId === option(argv, '--upload-id')));
        return {};
      }
      case 'logs delete-log-group': {
        const name = option(argv, '--log-group-name');
        const groups = this.state.logGroups;
        if (groups && !groups.includes(name ?? '')) return awsError('ResourceNotFoundException', 'DeleteLogGroup', 'The specified log group does not exist.');
        if (groups) this.state.logGroups = groups.filter((group) => group !== name);
        return {};
      }
      case 'cloudfront create-invalidation':
        return awsAnswer(call, { Location: 'https://cloudfront.amazonaws.com/2020-05-31/distribution/X/invalidation/I2J0I21PCUYOIK', Invalidation: { Id: 'I2J0I21PCUYOIK', Status: 'InProgress' } });
      case 'sts get-caller-identity':
        return awsAnswer(call, { UserId: 'AROAEXAMPLE:sandbox', Account: '111122223333', Arn: 'arn:aws:sts::111122223333:assumed-role/sandbox/sandbox' });
      default:
        return /^(describe|list|get)-/.test(operation ?? '') ? awsAnswer(call, {}) : {};
    }
  }

  private sam(call: Omit<RecordedCall, 'exitCode'>): Answer {
    const stackName = option(call.argv, '--stack-name');
    if (call.argv[0] === 'delete' && stackName !== undefined && this.state.stacks) delete this.state.stacks[stackName];
    if (call.argv[0] === 'deploy') this.deployed(stackName, call);
    return {};
  }
}

/** Each token must be contained in some argument, in order. */
function matches(rule: StubRule, call: Omit<RecordedCall, 'exitCode'>): boolean {
  if (rule.tool !== call.tool) return false;
  let at = 0;
  for (const token of rule.match ?? []) {
    while (at < call.argv.length && !call.argv[at]!.includes(token)) at += 1;
    if (at === call.argv.length) return false;
    at += 1;
  }
  return true;
}

function option(argv: string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  if (at >= 0) return argv[at + 1];
  const joined = argv.find((arg) => arg.startsWith(`${name}=`));
  return joined === undefined ? undefined : joined.slice(name.length + 1);
}

function region(call: Omit<RecordedCall, 'exitCode'>): string | undefined {
  return option(call.argv, '--region') ?? call.env.AWS_REGION ?? call.env.AWS_DEFAULT_REGION;
}

function awsError(code: string, operation: string, message: string): Answer {
  return { stderr: `\nAn error occurred (${code}) when calling the ${operation} operation: ${message}\n`, exitCode: 254 };
}

/** Formats a JSON answer the way the AWS CLI does: `--query` (JMESPath), then `--output`. */
function awsAnswer(call: Omit<RecordedCall, 'exitCode'>, json: unknown): Answer {
  const query = option(call.argv, '--query');
  const selected = query === undefined ? json : jmespath.search(json, query);
  const output = option(call.argv, '--output') ?? call.env.AWS_DEFAULT_OUTPUT ?? 'json';
  if (output === 'text') return { stdout: `${textOf(selected)}\n` };
  return { stdout: `${JSON.stringify(selected, null, 4)}\n` };
}
