/**
 * Empty an S3 bucket before its stack is deleted: CloudFormation cannot
 * delete a bucket that holds anything, and a versioned bucket holds object
 * versions, delete markers and incomplete multipart uploads. The bucket is
 * a literal, an earlier lookup's output (`{BucketName}`) or a source. A
 * bucket that is gone (or has no name: an optional lookup found none) is
 * skipped; any other AWS error fails the step.
 */
import { PARTICIPANT } from '../../emit/diagram/messages.js';
import { stepName } from '../../emit/workflow/step-view.js';
import { defineStepKind, phrase } from '../kind.js';
import { optionalLookups, readValue, shownValue, valueEnv } from './deploy-parts.js';
import { codeValues, md } from '../hints.js';
import { literalName, sourcePart } from '../adopt.js';
// Empty the `{BucketName}` bucket; Empty the S3 bucket `x`, if it exists.
const pattern = /^empty (?:the )?(?:s3 )?(?:bucket )?(.+?)(?: (?:s3 )?bucket)?(?:,? (?:if it (?:still )?exists|unless it is gone))?$/i;
export const emptyBucket = defineStepKind({
    id: 'empty-bucket',
    summary: 'Empty an S3 bucket: every object version, delete marker and incomplete multipart upload; a bucket that is gone is skipped.',
    hint: {
        like: 'an empty-bucket step',
        cues: [/\b(?:empty|purge|clear)\b/i, /\bbuckets?\b|\bs3\b/i],
        explain(step, ctx) {
            const name = codeValues(step)[0] ?? '{BucketName}';
            return { lacks: 'is not phrased as emptying a bucket (the bucket in backticks)', write: md(`Empty the \`${name}\` bucket`) };
        },
    },
    examples: [
        'Empty the `{BucketName}` bucket',
        'Empty the bucket `firefly-site-assets`.',
        'Empty the S3 bucket `BucketName` (from the `firefly-site-bucket` stack output), if it exists',
    ],
    match(step) {
        const m = pattern.exec(phrase(step));
        if (!m || !m[1].includes('`'))
            return null;
        const problems = [];
        // `x` bucket (from …): the word after the name is not part of the value.
        const value = m[1].replace(/^(`[^`]+`) (?:s3 )?bucket\b/i, '$1');
        return { params: { bucket: readValue(step, value, 'BucketName', problems) }, problems };
    },
    facts: (params) => ({ consumes: params.bucket ? [params.bucket] : [], needsAws: true }),
    emit(params, ctx) {
        const v = valueEnv(params.bucket, ctx, 1);
        // A bucket whose stack is gone has no name to read: the lookup is optional, and the step skips.
        return [...optionalLookups(v.pre), { template: 'steps/empty-bucket', view: { name: stepName(ctx.step), env: { BUCKET: v.value } }, secrets: v.secrets }];
    },
    // A script that makes exactly this kind's calls on a bucket its `env:` names: the guard, the versions and
    // delete markers in pages of 1000, the multipart uploads (comments, echoes and redirections to /dev/null aside).
    adopt(step, ctx) {
        const variable = /\[ -z "\$([A-Z_][A-Z0-9_]*)" \]/.exec(step.run ?? '')?.[1];
        const value = variable === undefined ? undefined : step.env[variable];
        if (!variable || value === undefined || (step.shell && step.shell !== 'bash'))
            return null;
        if (shape(step.run.replaceAll(`$${variable}`, '$BUCKET').replaceAll(`\${${variable}`, '${BUCKET')) !== EMPTY_SCRIPT)
            return null;
        const part = value.includes('${{') ? sourcePart(value, ctx.source) : null;
        const bucket = part ? `\`BucketName\` ${part}` : literalName(value) ? `\`${value}\`` : null;
        if (!bucket)
            return null;
        return {
            text: `Empty the S3 bucket ${bucket}, if it exists`,
            takesEnv: [variable],
            unmapped: ['the script skips the bucket on any `head-bucket` error and ignores errors `delete-objects` reports; the doc step skips only a bucket that is gone and fails on the others'],
        };
    },
    diagram(params, ctx) {
        ctx.say(PARTICIPANT.runner, PARTICIPANT.s3, `delete every object version, delete marker and upload of ${shownValue(params.bucket)}`);
        ctx.say(PARTICIPANT.s3, PARTICIPANT.runner, 'empty, or already gone', true);
    },
});
/** A script's commands, one per line: continuations joined, comments, echoes and redirections to /dev/null left out. */
function shape(script) {
    return script
        .replace(/\\\r?\n\s*/g, ' ')
        .split(/\r?\n/)
        .map((l) => l.trim().replace(/\s+/g, ' ').replace(/ ?[12]?> ?\/dev\/null/g, '').replace(/^while IFS=\$'\\t' read/, 'while read'))
        .filter((l) => l && !l.startsWith('#') && !l.startsWith('echo '))
        .join('\n');
}
/** The calls this kind makes, as a hand-written script writes them. */
const EMPTY_SCRIPT = shape(`if [ -z "$BUCKET" ] || ! aws s3api head-bucket --bucket "$BUCKET"; then
  exit 0
fi
while true; do
  objects=$(aws s3api list-object-versions --bucket "$BUCKET" --max-items 1000 --query '{Objects: [Versions, DeleteMarkers][][].{Key: Key, VersionId: VersionId}}' --output json)
  if [ "$(jq '.Objects | length' <<< "$objects")" -eq 0 ]; then break; fi
  aws s3api delete-objects --bucket "$BUCKET" --delete "$objects"
done
aws s3api list-multipart-uploads --bucket "$BUCKET" --query 'Uploads[].[Key, UploadId]' --output text |
  while read -r key upload_id; do
    if [ -z "$key" ] || [ "$key" = "None" ]; then continue; fi
    aws s3api abort-multipart-upload --bucket "$BUCKET" --key "$key" --upload-id "$upload_id"
  done`);
