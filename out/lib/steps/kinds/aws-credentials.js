import { PARTICIPANT } from '../../emit/diagram/messages.js';
import { sourceSecrets, sourceValue, stepName } from '../../emit/workflow/step-view.js';
import { codeValues, md } from '../hints.js';
import { codePosition, defineStepKind, located, phrase } from '../kind.js';
const pattern = /^(?:configure|set ?up|setup)(?: the)? aws credentials\b(.*)$/i;
const SECRET = /^(?:\(\s*)?(?:requires|using|with|from)(?: the)? `([A-Za-z_][A-Za-z0-9_]*)` secret(?:\s*\))?/i;
const REGION_CODE = /^[a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d$/;
const REGION = /^(?:\(\s*)?(?:in |region:? )?`([^`]+)`(?: region)?(?: (?:is )?required| only)?(?:\s*\))?/i;
export const awsCredentials = defineStepKind({
    id: 'aws-credentials',
    summary: 'Configure AWS credentials (OIDC role), optionally naming the secret that holds the role and a region for this step.',
    examples: [
        'Configure AWS credentials',
        'Configure AWS credentials (requires the `AWS_DEPLOY_ROLE_ARN` secret).',
        'Set up AWS credentials using the `AWS_DEPLOY_ROLE_ARN` secret',
        'Configure AWS credentials (`us-east-1` required)',
    ],
    match(step) {
        const m = pattern.exec(phrase(step));
        if (!m)
            return null;
        let rest = (m[1] ?? '').trim();
        let secret = null;
        let region = null;
        const problems = [];
        for (let guard = 0; rest && guard < 3; guard++) {
            const s = SECRET.exec(rest);
            const r = s ? null : REGION.exec(rest);
            if (s)
                secret = located(step, s[1]);
            else if (r && REGION_CODE.test(r[1]))
                region = located(step, r[1]);
            else
                break;
            rest = rest.slice((s ?? r)[0].length).replace(/^\s*(?:,|and)?\s*/i, '');
        }
        if (rest) {
            problems.push({
                ruleId: 'invalid-step-option',
                message: `Unexpected \`${rest}\` after \`Configure AWS credentials\`, expected the role secret (requires the \`NAME\` secret) or a region (\`us-east-1\` required)`,
                position: codePosition(step, /`([^`]+)`/.exec(rest)?.[1] ?? ''),
                hint: 'A value in parentheses is a secret only when the step says so: (requires the `AWS_DEPLOY_ROLE_ARN` secret).',
            });
        }
        return { params: { secret, region }, problems };
    },
    facts: (params) => ({ credentials: { region: params.region } }),
    emit(params, ctx) {
        const role = params.secret ? { secret: params.secret.value } : ctx.config.aws.roleToAssume;
        const region = params.region ? { value: params.region.value } : ctx.config.aws.region;
        return [
            {
                template: 'steps/aws-credentials',
                view: {
                    name: stepName(ctx.step),
                    uses: ctx.uses('aws-actions/configure-aws-credentials'),
                    roleToAssume: sourceValue(role),
                    region: sourceValue(region),
                },
                secrets: [...sourceSecrets(role), ...sourceSecrets(region)],
                idToken: true,
            },
        ];
    },
    adopt(step, ctx) {
        if (step.uses !== 'aws-actions/configure-aws-credentials')
            return null;
        const { 'role-to-assume': role, 'aws-region': region, ...rest } = step.with;
        const roleSource = role === undefined ? null : ctx.valueSource(role);
        const regionSource = region === undefined ? null : ctx.valueSource(region);
        // A fixed region is the step's own (`us-east-1` required); a secret or variable is the project's.
        const fixed = regionSource && 'value' in regionSource && REGION_CODE.test(regionSource.value) ? regionSource.value : null;
        return {
            text: fixed ? `Configure AWS credentials (\`${fixed}\` required)` : 'Configure AWS credentials',
            settings: [
                ...(roleSource ? [{ key: 'aws.roleToAssume', value: roleSource }] : []),
                ...(regionSource && !fixed ? [{ key: 'aws.region', value: regionSource }] : []),
            ],
            unmapped: [
                ...(role !== undefined && !roleSource ? [`role-to-assume \`${role}\``] : []),
                ...(region !== undefined && !regionSource ? [`aws-region \`${region}\``] : []),
                ...(role === undefined ? ['configure-aws-credentials without role-to-assume'] : []),
                ...Object.keys(rest).map((key) => `\`with.${key}\` of configure-aws-credentials`),
            ],
        };
    },
    diagram(_params, ctx) {
        ctx.say(PARTICIPANT.runner, PARTICIPANT.sts, `${ctx.text} (AssumeRoleWithWebIdentity)`);
        ctx.say(PARTICIPANT.sts, PARTICIPANT.runner, 'temporary credentials', true);
    },
    hint: {
        like: 'an AWS credentials step',
        cues: [/\bcredentials?\b|\bcreds\b|\boidc\b|\bassume\b|\brole\b|\bauthenticate|\blog ?in\b/i, /\baws\b/i, /\b(?:configure|set ?up|setup)\b/i],
        explain(step) {
            const secret = codeValues(step).find((v) => /^[A-Z][A-Z0-9_]+$/.test(v));
            const write = md(secret ? `Configure AWS credentials (requires the \`${secret}\` secret).` : 'Configure AWS credentials');
            const text = phrase(step);
            if (/\bcreds\b/i.test(text))
                return { lacks: 'writes `creds` for `credentials`', write };
            if (/\b(?:assume|role|oidc)\b/i.test(text))
                return { lacks: 'names how it authenticates, not the step (the role comes from the secret)', write };
            return { lacks: 'is not phrased as `Configure AWS credentials`', write };
        },
    },
});
