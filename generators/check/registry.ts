/**
 * The check rules, in the order they run. Output order does not depend on
 * this: diagnostics are sorted afterwards.
 */
import type { Rule } from './rule.js';
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
import { frontMatterOptions } from './rules/front-matter-options.js';
import { globNoMatch } from './rules/glob-no-match.js';
import { missingStack } from './rules/missing-stack.js';
import { missingSteps } from './rules/missing-steps.js';
import { parameterWithoutSource } from './rules/parameter-without-source.js';
import { requiredByAsymmetry } from './rules/required-by-asymmetry.js';
import { stackMismatch } from './rules/stack-mismatch.js';
import { titleMismatch } from './rules/title-mismatch.js';
import { unknownReference } from './rules/unknown-reference.js';
import { unknownStack } from './rules/unknown-stack.js';
import { unrecognizedStep } from './rules/unrecognized-step.js';

/** All built-in rules. */
export const rules: readonly Rule[] = [
  duplicateComponent,
  titleMismatch,
  frontMatterOptions,
  unknownReference,
  globNoMatch,
  dependencyCycle,
  requiredByAsymmetry,
  deleteOrder,
  missingSteps,
  missingStack,
  stackMismatch,
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
];
