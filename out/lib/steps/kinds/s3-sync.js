/**
 * Sync a folder to an S3 bucket (`aws s3 sync <folder> s3://<bucket> --delete`):
 * the usual last step of a static site deploy. The bucket is a literal, an
 * earlier lookup's output (`{BucketName}`) or a source; `s3://…` may add a
 * key prefix. Files the folder no longer has are deleted from the bucket
 * unless the step says to keep them. Every value reaches the shell through env.
 */
import { PARTICIPANT } from '../../emit/diagram/messages.js';
import { stepName } from '../../emit/workflow/step-view.js';
import { codePosition, codeSpans, defineStepKind, located, phrase } from '../kind.js';
import { readValue, shownValue, valueEnv } from './deploy-parts.js';
import { codeValues, md } from '../hints.js';
import { commandWords, literalName, plainWord, sourcePart } from '../adopt.js';
// Sync `ui/dist/` to the `{BucketName}` bucket; Upload `site/` to `s3://b/prefix/`, keeping other files; flags: `…`.
const pattern = /^(?:sync|upload|copy|publish) (?:the )?(?:folder )?`([^`]+)`(?: folder)? to (.+?)(,? keeping (?:other|extra) files| \(keep other files\))?(?:\s*;\s*flags:\s*(.*))?$/i;
const S3_URL = /^s3:\/\/(\{[A-Z][A-Za-z0-9]*\}|[a-z0-9][a-z0-9.-]*)(\/.*)?$/;
export const s3Sync = defineStepKind({
    id: 's3-sync',
    summary: 'Sync a folder to an S3 bucket (`aws s3 sync --delete`).',
    hint: {
        like: 'an S3 sync',
        cues: [/\bsync\b/i, /\bs3\b|\bbuckets?\b/i],
        explain(step, ctx) {
            const [from, to] = codeValues(step);
            return { lacks: 'is not phrased as a sync of a folder to a bucket (both in backticks)', write: md(`Sync \`${from ?? '<folder>/'}\` to the \`${to ?? '{BucketName}'}\` bucket`) };
        },
    },
    examples: [
        'Sync `ui/dist/` to the `{BucketName}` bucket',
        'Upload `site/` to `s3://firefly-docs/handbook/`, keeping other files',
        'Sync `handbook/build/` to the `{BucketName}` bucket; flags: `--cache-control max-age=300`',
    ],
    match(step) {
        const m = pattern.exec(phrase(step));
        if (!m)
            return null;
        const problems = [];
        const target = m[2].trim();
        const url = /^`(s3:\/\/[^`]*)`$/.exec(target);
        let bucket = null;
        let prefix = '';
        if (url) {
            const parts = S3_URL.exec(url[1]);
            if (!parts) {
                problems.push({ ruleId: 'parameter-without-source', message: `Unexpected S3 URL \`${url[1]}\`, expected \`s3://bucket\`, \`s3://bucket/prefix/\` or \`s3://{BucketName}\``, position: codePosition(step, url[1]) });
            }
            else {
                const position = codePosition(step, url[1]);
                const name = /^\{(.+)\}$/.exec(parts[1])?.[1];
                bucket = name ? { name, source: null, position } : { name: 'BucketName', source: { kind: 'literal', value: parts[1] }, position };
                prefix = parts[2] ?? '';
            }
        }
        else {
            const words = target.replace(/^(?:the )?(?:s3 )?(?:bucket )?/i, '').replace(/^(`[^`]+`) (?:s3 )?bucket\b/i, '$1').replace(/ (?:s3 )?bucket$/i, '');
            bucket = readValue(step, words, 'BucketName', problems);
        }
        const flags = m[4] === undefined ? [] : codeSpans(m[4]).flatMap((f) => f.split(/\s+/));
        return { params: { folder: located(step, m[1]), bucket, prefix, delete: m[3] === undefined, flags }, problems };
    },
    facts: (params) => ({ consumes: params.bucket ? [params.bucket] : [], needsAws: true, needsCheckout: true }),
    emit(params, ctx) {
        const v = valueEnv(params.bucket, ctx, 1);
        const env = { SOURCE_DIR: params.folder.value, BUCKET: v.value, KEY_PREFIX: params.prefix, DELETE_REMOVED: params.delete ? 'true' : 'false', EXTRA_ARGS: JSON.stringify(params.flags) };
        return [...v.pre, { template: 'steps/s3-sync', view: { name: stepName(ctx.step), env }, secrets: v.secrets }];
    },
    // `aws s3 sync <folder> s3://<bucket>[/prefix] [--delete] [flags]`: the words this kind passes, in its order.
    adopt(step, ctx) {
        const words = commandWords(step.run);
        if (!words || words.slice(0, 3).join(' ') !== 'aws s3 sync' || (step.shell && step.shell !== 'bash'))
            return null;
        const [folder, url, ...rest] = words.slice(3);
        const target = /^s3:\/\/(\$\{\{[^}]*\}\}|[a-z0-9][a-z0-9.-]*)(\/.*)?$/.exec(url ?? '');
        if (!literalName(folder) || folder.startsWith('s3:') || !target || !plainWord(url))
            return null;
        const [, bucket, prefix] = target;
        const keep = rest[0] !== '--delete';
        const flags = keep ? rest : rest.slice(1);
        if (!flags.every(literalName) || (flags.length > 0 && !flags[0].startsWith('--')) || flags.includes('--delete'))
            return null;
        let to;
        if (!bucket.startsWith('${{'))
            to = `\`s3://${bucket}${prefix ?? ''}\``;
        else {
            // A bucket from a source has no key prefix in this kind's phrasing.
            const part = prefix ? null : sourcePart(bucket, ctx.source);
            if (!part)
                return null;
            to = `the bucket \`BucketName\` ${part}`;
        }
        if (prefix !== undefined && !literalName(prefix))
            return null;
        return { text: `Sync \`${folder}\` to ${to}${keep ? ', keeping other files' : ''}${flags.length > 0 ? `; flags: \`${flags.join(' ')}\`` : ''}` };
    },
    diagram(params, ctx) {
        ctx.say(PARTICIPANT.runner, PARTICIPANT.s3, `sync ${params.folder.value} to ${shownValue(params.bucket)}${params.prefix}${params.delete ? ' (--delete)' : ''}`);
        ctx.say(PARTICIPANT.s3, PARTICIPANT.runner, 'uploaded', true);
    },
});
