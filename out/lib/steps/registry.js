import { awsCredentials } from './kinds/aws-credentials.js';
import { checkout } from './kinds/checkout.js';
import { cloudformationDelete } from './kinds/cloudformation-delete.js';
import { cloudformationDeploy } from './kinds/cloudformation-deploy.js';
import { cloudfrontInvalidation } from './kinds/cloudfront-invalidation.js';
import { deleteLogGroup } from './kinds/delete-log-group.js';
import { emptyBucket } from './kinds/empty-bucket.js';
import { npmBuild } from './kinds/npm-build.js';
import { s3Sync } from './kinds/s3-sync.js';
import { samBuild } from './kinds/sam-build.js';
import { samDelete } from './kinds/sam-delete.js';
import { samDeploy } from './kinds/sam-deploy.js';
import { script } from './kinds/script.js';
import { setupNode } from './kinds/setup-node.js';
import { setupPython } from './kinds/setup-python.js';
import { setupSam } from './kinds/setup-sam.js';
import { shell } from './kinds/shell.js';
import { stackOutputLookup } from './kinds/stack-output-lookup.js';
/** Built-in kinds. User kinds (from templates) are tried before these. */
export const builtinStepKinds = [
    checkout,
    awsCredentials,
    setupSam,
    setupNode,
    setupPython,
    samBuild,
    samDeploy,
    samDelete,
    stackOutputLookup,
    cloudformationDeploy,
    cloudformationDelete,
    deleteLogGroup,
    emptyBucket,
    npmBuild,
    s3Sync,
    cloudfrontInvalidation,
    script,
    shell,
];
