/** SAM's transform: `sam deploy` acknowledges it by itself. */
export const SAM_TRANSFORM = 'AWS::Serverless-2016-10-31';
/** IAM resource types and the property that gives each a custom name. */
const IAM_TYPES = {
    'AWS::IAM::AccessKey': null,
    'AWS::IAM::Group': 'GroupName',
    'AWS::IAM::InstanceProfile': 'InstanceProfileName',
    'AWS::IAM::ManagedPolicy': 'ManagedPolicyName',
    'AWS::IAM::Policy': null,
    'AWS::IAM::Role': 'RoleName',
    'AWS::IAM::User': 'UserName',
    'AWS::IAM::UserToGroupAddition': null,
};
/** SAM resources that create a role unless their `Role` property names one. */
const SAM_ROLE_CREATORS = new Set(['AWS::Serverless::Function', 'AWS::Serverless::StateMachine']);
/** The capabilities `template` needs, strongest IAM one only, in a fixed order. */
export function requiredCapabilities(template) {
    let iam = null;
    let named = null;
    for (const r of template.resources) {
        const name = IAM_TYPES[r.type];
        if (name !== undefined) {
            if (name && r.properties.has(name))
                named ??= need('CAPABILITY_NAMED_IAM', `\`${r.logicalId}\` (\`${r.type}\`) has the custom name \`${name}\``, r.position);
            else
                iam ??= need('CAPABILITY_IAM', `\`${r.logicalId}\` is an \`${r.type}\``, r.position);
        }
        else if (SAM_ROLE_CREATORS.has(r.type)) {
            const inherits = r.type === 'AWS::Serverless::Function' && template.functionGlobals.has('Role');
            if (!r.properties.has('Role') && !inherits)
                iam ??= need('CAPABILITY_IAM', `\`${r.logicalId}\` (\`${r.type}\`) creates an execution role (it sets no \`Role\`)`, r.position);
        }
        else if (r.type === 'AWS::Serverless::Connector') {
            iam ??= need('CAPABILITY_IAM', `\`${r.logicalId}\` (\`${r.type}\`) creates IAM policies`, r.position);
        }
    }
    const out = [];
    if (named)
        out.push(named);
    else if (iam)
        out.push(iam);
    const other = template.transforms.find((t) => t.name !== SAM_TRANSFORM);
    const sam = template.transforms.find((t) => t.name === SAM_TRANSFORM);
    if (other)
        out.push({ ...need('CAPABILITY_AUTO_EXPAND', `it uses the transform \`${other.name}\``, other.position), samTransformOnly: false });
    else if (sam)
        out.push({ ...need('CAPABILITY_AUTO_EXPAND', `it uses the transform \`${SAM_TRANSFORM}\``, sam.position), samTransformOnly: true });
    return out;
}
function need(capability, reason, position) {
    return { capability, reason, position, samTransformOnly: false };
}
/** True when `granted` satisfies `needed` (`CAPABILITY_NAMED_IAM` covers `CAPABILITY_IAM`). */
export function grants(granted, needed) {
    return granted.includes(needed) || (needed === 'CAPABILITY_IAM' && granted.includes('CAPABILITY_NAMED_IAM'));
}
/** What a deploy grants: the step's capabilities, and those of the SAM config it reads. */
export function grantedCapabilities(deploy, samConfig) {
    return [...new Set([...deploy.capabilities, ...(samConfig?.capabilities ?? [])])];
}
