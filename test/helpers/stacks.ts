/**
 * Component docs that deploy a CloudFormation stack, written from a few
 * facts, for the template tests: the stack, the template path, what the
 * deploy step passes and grants, what it looks up, and the dependencies.
 */

/** What a stack doc says. */
export interface StackDoc {
  id: string;
  stack: string;
  /** The path the build step names; null: `SAM build.` (the configured pattern). */
  template?: string | null;
  /** `Name (from …)` or `Name=value` entries of the deploy step. */
  parameters?: string[];
  capabilities?: string[];
  /** Lookups before the deploy: `[stack, output]`. */
  lookups?: [string, string][];
  /** Lookups in the delete workflow: `[stack, output]`. */
  deleteLookups?: [string, string][];
  deployDependencies?: string[];
  deleteDependencies?: string[];
  requiredByDeploy?: string[];
  requiredByDelete?: string[];
}

/** The doc's Markdown. Step numbers and lines follow the order of the fields above. */
export function stackDoc(d: StackDoc): string {
  const list = (items: string[] | undefined) => (items?.length ? items.map((i) => `- \`${i}\``).join('\n') : 'None.');
  const deploy: string[] = ['Configure AWS credentials'];
  for (const [stack, output] of d.lookups ?? []) deploy.push(`Look up \`${output}\` from the \`${stack}\` stack output.`);
  deploy.push(d.template === null || d.template === undefined ? 'SAM build.' : `\`sam build\` — template: \`${d.template}\``);
  const params = (d.parameters ?? []).map((p) => `\`${p.replace(/ .*/, '')}\`${p.includes(' ') ? p.slice(p.indexOf(' ')) : ''}`);
  deploy.push(
    `\`sam deploy\` — stack: \`${d.stack}\`${params.length ? `; params: ${params.join(', ')}` : ''}${d.capabilities?.length ? `; capabilities: ${d.capabilities.map((c) => `\`${c}\``).join(', ')}` : ''}`,
  );
  const del: string[] = ['Configure AWS credentials'];
  for (const [stack, output] of d.deleteLookups ?? []) del.push(`Look up \`${output}\` from the \`${stack}\` stack output.`);
  del.push(`SAM delete \`${d.stack}\`.`);
  const steps = (s: string[]) => s.map((x, i) => `${i + 1}. ${x}`).join('\n');
  return `# ${d.id}

## CloudFormation Stack

\`${d.stack}\`

## Dependencies

### Deploy

${list(d.deployDependencies)}

### Delete

${list(d.deleteDependencies?.map((x) => `delete-${x}`))}

## Required By

### Deploy

${list(d.requiredByDeploy)}

### Delete

${list(d.requiredByDelete?.map((x) => `delete-${x}`))}

## Deploy Workflow

### Steps

${steps(deploy)}

### Sequence Diagram

![Deploy ${d.id} sequence](./images/deploy-${d.id}.svg)

## Delete Workflow

### Steps

${steps(del)}

### Sequence Diagram

![Delete ${d.id} sequence](./images/delete-${d.id}.svg)
`;
}

/** The 1-based line of the first line of `text` that contains `needle`. */
export function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((l) => l.includes(needle));
  if (index < 0) throw new Error(`no line contains ${needle}`);
  return index + 1;
}
