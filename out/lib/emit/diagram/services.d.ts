/**
 * The AWS service a component's stack manages, for the diagram: the doc's
 * front matter `service:` when set, else what the component id says
 * (`func-…` is Lambda), else the first service its Overview names. Null when
 * the doc does not say.
 */
import { type Component } from '../../model/types.js';
/** The service label, or null. */
export declare function awsService(c: Component): string | null;
