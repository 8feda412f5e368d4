import { diagramLink } from './rules/diagram-link.js';
import { disallowedContext } from './rules/disallowed-context.js';
import { expressionInDoc } from './rules/expression-in-doc.js';
import { invalidCondition } from './rules/invalid-condition.js';
import { missingBuild } from './rules/missing-build.js';
import { missingTemplate } from './rules/missing-template.js';
import { invalidStackName } from './rules/invalid-stack-name.js';
import { invalidValue } from './rules/invalid-value.js';
import { unsafeTemplatePath } from './rules/unsafe-template-path.js';
import { deleteOrder } from './rules/delete-order.js';
import { dependencyCycle } from './rules/dependency-cycle.js';
import { duplicateComponent } from './rules/duplicate-component.js';
import { fixPlaceholder } from './rules/fix-placeholder.js';
import { frontMatterOptions } from './rules/front-matter-options.js';
import { globListMismatch } from './rules/glob-list-mismatch.js';
import { globNoMatch } from './rules/glob-no-match.js';
import { missingStack } from './rules/missing-stack.js';
import { missingSteps } from './rules/missing-steps.js';
import { parameterWithoutSource } from './rules/parameter-without-source.js';
import { placeholderText } from './rules/placeholder-text.js';
import { requiredByAsymmetry } from './rules/required-by-asymmetry.js';
import { stackMismatch } from './rules/stack-mismatch.js';
import { stackRegionMismatch } from './rules/stack-region-mismatch.js';
import { titleMismatch } from './rules/title-mismatch.js';
import { unknownReference } from './rules/unknown-reference.js';
import { unknownStack } from './rules/unknown-stack.js';
import { unknownStepOutput } from './rules/unknown-step-output.js';
import { unrecognizedStep } from './rules/unrecognized-step.js';
import { missingCapability } from './rules/missing-capability.js';
import { missingParameter } from './rules/missing-parameter.js';
import { stackDependencyMissing } from './rules/stack-dependency-missing.js';
import { unknownOutput } from './rules/unknown-output.js';
import { unknownParameter } from './rules/unknown-parameter.js';
/** All built-in rules. */
export const rules = [
    duplicateComponent,
    titleMismatch,
    frontMatterOptions,
    unknownReference,
    fixPlaceholder,
    globNoMatch,
    globListMismatch,
    dependencyCycle,
    requiredByAsymmetry,
    deleteOrder,
    missingSteps,
    missingStack,
    stackMismatch,
    stackRegionMismatch,
    unrecognizedStep,
    parameterWithoutSource,
    disallowedContext,
    expressionInDoc,
    invalidStackName,
    unsafeTemplatePath,
    missingBuild,
    missingTemplate,
    invalidValue,
    invalidCondition,
    diagramLink,
    unknownStack,
    unknownStepOutput,
    unknownOutput,
    missingParameter,
    unknownParameter,
    missingCapability,
    stackDependencyMissing,
    placeholderText,
];
