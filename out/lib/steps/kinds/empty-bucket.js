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
    diagram(params, ctx) {
        ctx.say(PARTICIPANT.runner, PARTICIPANT.s3, `delete every object version, delete marker and upload of ${shownValue(params.bucket)}`);
        ctx.say(PARTICIPANT.s3, PARTICIPANT.runner, 'empty, or already gone', true);
    },
});
