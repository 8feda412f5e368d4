/** Both phases in their canonical order. */
export const PHASES = ['deploy', 'delete'];
/** A step with no options. */
export const NO_STEP_OPTIONS = Object.freeze({ id: null, if: null, continueOnError: false, workingDirectory: null, env: [] });
/** The stack a component deploys: its `CloudFormation Stack` section, else the default name, else none. */
export function stackOf(c) {
    return c.stack?.value ?? c.defaultStack;
}
