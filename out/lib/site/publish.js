import { expression } from '../emit/expressions.js';
import { headerLines } from '../emit/files.js';
import { pinComments, pinnedUses } from '../emit/workflow/component.js';
import { sourceValue } from '../emit/workflow/step-view.js';
import { emitWorkflowYaml } from '../emit/yaml.js';
import { folders } from './context.js';
/** The docs workflow's file name. */
export const DOCS_WORKFLOW = 'docs.yml';
/** The docs workflow, or null when the site is not published from CI (`publish.to: none`). */
export function docsWorkflow(config, source) {
    const site = config.site;
    if (!site || site.publish.to === 'none')
        return null;
    const path = `${folders(config).workflows}/${DOCS_WORKFLOW}`;
    const uses = (repo) => pinnedUses(config, repo);
    const checkout = { name: 'Check out the repository', uses: uses('actions/checkout'), with: { 'persist-credentials': false } };
    const node = { name: 'Set up Node.js', uses: uses('actions/setup-node'), with: { 'node-version': 20, cache: 'npm' } };
    const install = { name: 'Install dependencies', run: 'npm ci' };
    const build = (base) => ({ name: 'Build the site', env: { DOCS_BASE: base }, run: 'npm run docs:build' });
    const workflow = {
        name: 'docs',
        on: { push: { branches: ['main'] }, workflow_dispatch: {} },
        permissions: {},
        concurrency: { group: 'docs-publish', 'cancel-in-progress': false },
        jobs: site.publish.to === 'github-pages' ? pagesJobs(config, site, { checkout, node, install, build }) : s3Jobs(config, site, { checkout, node, install, build }),
    };
    const content = emitWorkflowYaml(workflow, { header: headerLines(source), trailingComments: pinComments(config) });
    return { path, content, source, origins: [] };
}
function pagesJobs(config, site, steps) {
    return {
        build: {
            name: 'Build the docs site',
            'runs-on': config.runner,
            // pages: read lets configure-pages read the site's base path.
            permissions: { contents: 'read', pages: 'read' },
            'timeout-minutes': config.timeoutMinutes,
            steps: [
                steps.checkout,
                steps.node,
                { name: 'Read the GitHub Pages settings', id: 'pages', uses: pinnedUses(config, 'actions/configure-pages') },
                steps.install,
                steps.build(`${expression('steps.pages.outputs.base_path')}/`),
                { name: 'Upload the site', uses: pinnedUses(config, 'actions/upload-pages-artifact'), with: { path: site.outDir } },
            ],
        },
        deploy: {
            name: 'Publish to GitHub Pages',
            needs: 'build',
            'runs-on': config.runner,
            environment: { name: 'github-pages', url: expression('steps.deployment.outputs.page_url') },
            permissions: { pages: 'write', 'id-token': 'write' },
            'timeout-minutes': config.timeoutMinutes,
            steps: [{ name: 'Deploy to GitHub Pages', id: 'deployment', uses: pinnedUses(config, 'actions/deploy-pages') }],
        },
    };
}
function s3Jobs(config, site, steps) {
    const publish = site.publish;
    const lookups = [];
    const valueOf = (id, value) => {
        if (!('stackOutput' in value))
            return sourceValue(value);
        lookups.push({
            name: `Read ${value.stackOutput.output} from the ${value.stackOutput.stack} stack`,
            id,
            env: { STACK_NAME: value.stackOutput.stack, OUTPUT_NAME: value.stackOutput.output },
            run: [
                'set -euo pipefail',
                `value=$(aws cloudformation describe-stacks --stack-name "$STACK_NAME" --query "Stacks[0].Outputs[?OutputKey=='$OUTPUT_NAME'].OutputValue | [0]" --output text)`,
                'if [ -z "$value" ] || [ "$value" = "None" ]; then',
                '  echo "::error title=Missing stack output::${STACK_NAME} has no output ${OUTPUT_NAME}; deploy it first, or set the value in docflow.config.yaml (site.publish)."',
                '  exit 1',
                'fi',
                'echo "value=${value}" >> "$GITHUB_OUTPUT"',
                '',
            ].join('\n'),
        });
        return expression(`steps.${id}.outputs.value`);
    };
    const bucket = valueOf('bucket', publish.bucket);
    const distribution = valueOf('distribution', publish.distribution);
    return {
        publish: {
            name: 'Build and publish the docs site',
            'runs-on': config.runner,
            ...(publish.environment ? { environment: publish.environment } : {}),
            permissions: { contents: 'read', 'id-token': 'write' },
            'timeout-minutes': config.timeoutMinutes,
            steps: [
                steps.checkout,
                steps.node,
                steps.install,
                steps.build('/'),
                {
                    name: 'Configure AWS credentials',
                    uses: pinnedUses(config, 'aws-actions/configure-aws-credentials'),
                    with: { 'role-to-assume': sourceValue(config.aws.roleToAssume), 'aws-region': sourceValue(config.aws.region) },
                },
                ...lookups,
                { name: 'Sync the site to S3', env: { BUCKET: bucket, SITE_DIR: site.outDir }, run: 'aws s3 sync "$SITE_DIR" "s3://$BUCKET" --delete\n' },
                {
                    name: 'Invalidate the CloudFront cache',
                    env: { DISTRIBUTION_ID: distribution },
                    run: `aws cloudfront create-invalidation --distribution-id "$DISTRIBUTION_ID" --paths '/*'\n`,
                },
            ],
        },
    };
}
