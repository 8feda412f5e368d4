/** Participant ids; the diagram lists only those a message used. */
export const PARTICIPANT = { dispatcher: 'Dispatcher', runner: 'Runner', sts: 'STS', sam: 'SAM', cfn: 'CFN', service: 'Service', s3: 'S3', cloudfront: 'CloudFront', logs: 'Logs' };
