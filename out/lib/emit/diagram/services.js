/**
 * The AWS service a component's stack manages, for the diagram: the doc's
 * front matter `service:` when set, else what the component id says
 * (`func-…` is Lambda), else the first service its Overview names. Null when
 * the doc does not say.
 */
import { stackOf } from '../../model/types.js';
const SERVICES = [
    [/\bDynamoDB\b/i, 'Amazon DynamoDB'],
    [/\bCognito\b/i, 'Amazon Cognito'],
    [/\bAPI Gateway\b|\bHTTP API\b|\bREST API\b/i, 'Amazon API Gateway'],
    [/\bCloudFront\b/i, 'Amazon CloudFront'],
    [/\bS3\b|\bbucket\b/i, 'Amazon S3'],
    [/\bACM\b|\bcertificate\b/i, 'AWS Certificate Manager'],
    [/\bLambda\b/i, 'AWS Lambda'],
    [/\bSQS\b/i, 'Amazon SQS'],
    [/\bSNS\b/i, 'Amazon SNS'],
    [/\bEventBridge\b/i, 'Amazon EventBridge'],
    [/\bStep Functions\b/i, 'AWS Step Functions'],
    [/\bRoute ?53\b/i, 'Amazon Route 53'],
];
// Component ids usually say what they are (`func-…`, `dynamodb-…`); they beat the Overview's first mention.
const ID_HINTS = [
    [/(?:^|-)(?:func|fn|lambda|layer)(?:-|$)/, 'AWS Lambda'],
    [/(?:^|-)(?:dynamodb|ddb|table)(?:-|$)/, 'Amazon DynamoDB'],
    [/(?:^|-)(?:cognito|user-pool|userpool)(?:-|$)/, 'Amazon Cognito'],
    [/(?:^|-)(?:cloudfront|cdn)(?:-|$)/, 'Amazon CloudFront'],
    [/(?:^|-)(?:s3|bucket)(?:-|$)/, 'Amazon S3'],
    [/(?:^|-)(?:acm|certificate|cert)(?:-|$)/, 'AWS Certificate Manager'],
    [/(?:^|-)(?:api|apigw|gateway)(?:-|$)/, 'Amazon API Gateway'],
    [/(?:^|-)(?:sqs|queue)(?:-|$)/, 'Amazon SQS'],
    [/(?:^|-)(?:sns|topic)(?:-|$)/, 'Amazon SNS'],
];
/** The service label, or null. */
export function awsService(c) {
    if (c.options.service)
        return c.options.service;
    if (!stackOf(c))
        return null;
    for (const [re, label] of ID_HINTS)
        if (re.test(c.id))
            return label;
    let best = null;
    for (const [re, label] of SERVICES) {
        const m = re.exec(c.overview);
        if (m && (!best || m.index < best.at))
            best = { at: m.index, label };
    }
    return best?.label ?? null;
}
