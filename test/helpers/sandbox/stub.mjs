// The stand-in for aws, sam, pip, npm, gh, python3, … in sandbox runs.
// It records its argv, cwd, env and stdin, then answers from the scripted rules, or,
// for aws, from a small fake of CloudFormation/S3/Logs state kept in the run's folder.
// Plain JS: it is run by node directly, outside vitest.
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const dir = process.env.SANDBOX_DIR;
// Loaded only when a call has a --query: node starts faster without it.
const jmespath = process.argv.some((arg) => arg === '--query' || arg.startsWith('--query=')) ? (await import('jmespath')).default : undefined;
const [tool, ...argv] = process.argv.slice(2);
// Only an interpreter given its script on stdin reads it; any other tool must leave
// stdin alone, or it would eat the input of a `while read` loop around it.
const readsStdin = ['python', 'python3', 'node', 'bash', 'sh'].includes(tool) && (argv.length === 0 || argv[0] === '-');
let stdin = '';
if (readsStdin && !process.stdin.isTTY) {
  try { stdin = readFileSync(0, 'utf8'); } catch { stdin = ''; }
}

const readJson = (name, fallback) => (existsSync(path.join(dir, name)) ? JSON.parse(readFileSync(path.join(dir, name), 'utf8')) : fallback);
const rules = readJson('rules.json', []);
const consumed = readJson('consumed.json', []);
const state = readJson('state.json', {});
const saveState = () => writeFileSync(path.join(dir, 'state.json'), JSON.stringify(state));

/** Each token must be contained in some argument, in order. */
function matches(rule) {
  if (rule.tool !== tool) return false;
  let at = 0;
  for (const token of rule.match ?? []) {
    while (at < argv.length && !argv[at].includes(token)) at += 1;
    if (at === argv.length) return false;
    at += 1;
  }
  return true;
}

function option(name) {
  const at = argv.indexOf(name);
  if (at >= 0) return argv[at + 1];
  const joined = argv.find((arg) => arg.startsWith(`${name}=`));
  return joined === undefined ? undefined : joined.slice(name.length + 1);
}

function finish({ stdout = '', stderr = '', exitCode = 0 }) {
  appendFileSync(path.join(dir, 'calls.jsonl'), `${JSON.stringify({ tool, argv, cwd: process.cwd(), env: process.env, stdin, exitCode })}\n`);
  if (stdout) process.stdout.write(stdout);
  if (stderr) process.stderr.write(stderr);
  process.exitCode = exitCode;
}

function awsError(code, operation, message) {
  return { stderr: `\nAn error occurred (${code}) when calling the ${operation} operation: ${message}\n`, exitCode: 254 };
}

function textOf(value) {
  if (value === null || value === undefined) return 'None';
  if (Array.isArray(value)) {
    if (value.every((item) => item === null || typeof item !== 'object')) return value.map(textOf).join('\t');
    return value.map(textOf).join('\n');
  }
  if (typeof value === 'object') return Object.values(value).map(textOf).join('\t');
  return String(value);
}

/** Formats a JSON answer the way the AWS CLI does: --query, then --output. */
function awsAnswer(json) {
  const query = option('--query');
  const selected = query === undefined ? json : jmespath.search(json, query);
  const output = option('--output') ?? process.env.AWS_DEFAULT_OUTPUT ?? 'json';
  if (output === 'text') return { stdout: `${textOf(selected)}\n` };
  return { stdout: `${JSON.stringify(selected, null, 4)}\n` };
}

function region() {
  return option('--region') ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION;
}

function stackIn(name) {
  const stack = state.stacks?.[name];
  if (!stack) return undefined;
  if (stack.region && region() !== stack.region) return undefined;
  return stack;
}

function bucket(name) {
  if (!state.buckets) return { versions: [], deleteMarkers: [], uploads: [] };
  return state.buckets[name];
}

function fakeAws() {
  // Options that take no value, so the word after one is not its value.
  const flags = new Set(['--no-cli-pager', '--debug', '--no-paginate', '--no-verify-ssl', '--recursive', '--force', '--no-sign-request']);
  const words = argv.filter((arg, at) => !arg.startsWith('--') && (at === 0 || !argv[at - 1].startsWith('--') || flags.has(argv[at - 1])));
  const [service, operation] = words;
  const key = `${service} ${operation}`;
  const stackName = option('--stack-name');
  const bucketName = option('--bucket');
  switch (key) {
    case 'cloudformation describe-stacks': {
      if (stackName === undefined) return awsAnswer({ Stacks: Object.entries(state.stacks ?? {}).map(([name, stack]) => describeStack(name, stack)) });
      const stack = stackIn(stackName);
      if (!stack) return awsError('ValidationError', 'DescribeStacks', `Stack with id ${stackName} does not exist`);
      return awsAnswer({ Stacks: [describeStack(stackName, stack)] });
    }
    case 'cloudformation deploy': {
      state.stacks ??= {};
      state.stacks[stackName] ??= { status: 'CREATE_COMPLETE', region: region() };
      saveState();
      return { stdout: `\nWaiting for changeset to be created..\nSuccessfully created/updated stack - ${stackName}\n` };
    }
    case 'cloudformation delete-stack': {
      if (state.stacks) delete state.stacks[stackName];
      saveState();
      return {};
    }
    case 's3api head-bucket': {
      if (!bucket(bucketName)) return awsError('404', 'HeadBucket', 'Not Found');
      return {};
    }
    case 's3api list-object-versions': {
      const found = bucket(bucketName);
      if (!found) return awsError('NoSuchBucket', 'ListObjectVersions', 'The specified bucket does not exist');
      const answer = {};
      if (found.versions?.length) answer.Versions = found.versions.map((item) => ({ Key: item.key, VersionId: item.versionId, IsLatest: true }));
      if (found.deleteMarkers?.length) answer.DeleteMarkers = found.deleteMarkers.map((item) => ({ Key: item.key, VersionId: item.versionId, IsLatest: true }));
      return awsAnswer(answer);
    }
    case 's3api delete-objects': {
      const found = bucket(bucketName);
      if (!found) return awsError('NoSuchBucket', 'DeleteObjects', 'The specified bucket does not exist');
      let spec = option('--delete') ?? '{}';
      if (spec.startsWith('file://')) spec = readFileSync(spec.slice('file://'.length), 'utf8');
      const objects = JSON.parse(spec).Objects ?? [];
      const gone = (item) => objects.some((object) => object.Key === item.key && object.VersionId === item.versionId);
      found.versions = (found.versions ?? []).filter((item) => !gone(item));
      found.deleteMarkers = (found.deleteMarkers ?? []).filter((item) => !gone(item));
      saveState();
      return awsAnswer({ Deleted: objects });
    }
    case 's3api list-multipart-uploads': {
      const found = bucket(bucketName);
      if (!found) return awsError('NoSuchBucket', 'ListMultipartUploads', 'The specified bucket does not exist');
      return awsAnswer(found.uploads?.length ? { Uploads: found.uploads.map((item) => ({ Key: item.key, UploadId: item.uploadId })) } : {});
    }
    case 's3api abort-multipart-upload': {
      const found = bucket(bucketName);
      if (!found) return awsError('NoSuchBucket', 'AbortMultipartUpload', 'The specified bucket does not exist');
      found.uploads = (found.uploads ?? []).filter((item) => !(item.key === option('--key') && item.uploadId === option('--upload-id')));
      saveState();
      return {};
    }
    case 'logs delete-log-group': {
      const name = option('--log-group-name');
      if (state.logGroups && !state.logGroups.includes(name)) return awsError('ResourceNotFoundException', 'DeleteLogGroup', 'The specified log group does not exist.');
      if (state.logGroups) state.logGroups = state.logGroups.filter((group) => group !== name);
      saveState();
      return {};
    }
    case 'cloudfront create-invalidation':
      return awsAnswer({ Location: 'https://cloudfront.amazonaws.com/2020-05-31/distribution/X/invalidation/I2J0I21PCUYOIK', Invalidation: { Id: 'I2J0I21PCUYOIK', Status: 'InProgress' } });
    case 'sts get-caller-identity':
      return awsAnswer({ UserId: 'AROAEXAMPLE:sandbox', Account: '111122223333', Arn: 'arn:aws:sts::111122223333:assumed-role/sandbox/sandbox' });
    default:
      if (/^(describe|list|get)-/.test(operation ?? '')) return awsAnswer({});
      return {};
  }
}

function describeStack(name, stack) {
  const outputs = Object.entries(stack.outputs ?? {}).map(([OutputKey, OutputValue]) => ({ OutputKey, OutputValue }));
  return { StackName: name, StackStatus: stack.status ?? 'UPDATE_COMPLETE', ...(outputs.length ? { Outputs: outputs } : {}) };
}

function fakeSam() {
  if (argv[0] === 'delete') {
    const stackName = option('--stack-name');
    if (state.stacks) delete state.stacks[stackName];
    saveState();
  }
  if (argv[0] === 'deploy') {
    const stackName = option('--stack-name');
    state.stacks ??= {};
    state.stacks[stackName] ??= { status: 'CREATE_COMPLETE', region: region() };
    saveState();
  }
  return {};
}

const at = rules.findIndex((rule, index) => !consumed.includes(index) && matches(rule));
if (at >= 0) {
  const rule = rules[at];
  if (rule.once) writeFileSync(path.join(dir, 'consumed.json'), JSON.stringify([...consumed, at]));
  finish(rule.json !== undefined ? { ...awsAnswer(rule.json), exitCode: rule.exitCode ?? 0 } : rule);
} else if (tool === 'aws') finish(fakeAws());
else if (tool === 'sam') finish(fakeSam());
else finish({});
