import { inWorkflow, wholeDoc } from '../rule.js';
import { allSteps } from './steps.js';
const LOGICAL_ID = /^[A-Za-z0-9]+$/;
const CAPABILITIES = new Set(['CAPABILITY_IAM', 'CAPABILITY_NAMED_IAM', 'CAPABILITY_AUTO_EXPAND', 'CAPABILITY_RESOURCE_POLICY']);
// `deploy-all-2.yml` and the `docflow-summary` job are docflow's own names.
const RESERVED_ID = /^(?:all(?:-\d+)?|all-dag|docflow-summary|docflow-next)$/;
// Lowercase kebab-case, as docs/FORMAT.md says: ids name files, jobs and Mermaid nodes, so they must map one to one.
const COMPONENT_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const CONTROL = /[\u0000-\u001f\u007f]/;
export const invalidValue = {
    id: 'invalid-value',
    description: 'A name or value that would reach a workflow is malformed.',
    run(ctx) {
        const bad = (file, position, message, hint, scope) => ctx.report({ file, position, message, hint, scope });
        for (const c of ctx.components) {
            if (RESERVED_ID.test(c.id))
                bad(c.file, c.position, `Reserved component id \`${c.id}\`: it would collide with docflow's own ${c.id.startsWith('docflow-') ? 'orchestrator jobs' : 'orchestrator files'}`, 'Rename the component (and its doc and H1).', wholeDoc(c));
            if (!COMPONENT_ID.test(c.id))
                bad(c.file, c.position, `Invalid component id \`${c.id}\`, expected lowercase kebab-case (a-z, 0-9 and single hyphens, starting with a letter)`, 'The id names workflow files and orchestrator jobs; rename the doc and its H1.', wholeDoc(c));
        }
        for (const { c, phase, step } of allSteps(ctx.components)) {
            const { facts } = step;
            const scope = inWorkflow(c, phase);
            for (const p of facts.consumes) {
                if (!LOGICAL_ID.test(p.name))
                    bad(c.file, p.position, `Invalid parameter name \`${p.name}\`, expected letters and digits only`, 'CloudFormation parameter names are alphanumeric.', scope);
            }
            for (const cap of facts.capabilities) {
                if (!CAPABILITIES.has(cap.value))
                    bad(c.file, step.position, `Unknown capability \`${cap.value}\`, expected one of ${[...CAPABILITIES].map((x) => `\`${x}\``).join(', ')}`, 'Fix the capability name.', scope);
            }
            for (const out of facts.produces) {
                if (!LOGICAL_ID.test(out.value))
                    bad(c.file, step.position, `Invalid output name \`${out.value}\`, expected letters and digits only`, 'CloudFormation output names are alphanumeric.', scope);
            }
            const control = facts.lineValues.find((v) => CONTROL.test(v));
            if (control !== undefined)
                bad(c.file, step.position, `Unexpected control character (e.g. a newline) in step ${step.index} value \`${JSON.stringify(control).slice(1, -1)}\``, 'Values must be single-line text.', scope);
        }
    },
};
