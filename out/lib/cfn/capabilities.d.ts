/**
 * The capabilities CloudFormation demands before it deploys a template:
 * `CAPABILITY_IAM` for IAM resources (SAM functions and state machines create
 * a role unless given one), `CAPABILITY_NAMED_IAM` when such a resource has a
 * custom name, and `CAPABILITY_AUTO_EXPAND` for macros and transforms.
 */
import type { Position } from '../diagnostics/diagnostic.js';
import type { StackTemplate } from './template.js';
/** A capability CloudFormation can demand. */
export type Capability = 'CAPABILITY_IAM' | 'CAPABILITY_NAMED_IAM' | 'CAPABILITY_AUTO_EXPAND';
/** SAM's transform: `sam deploy` acknowledges it by itself. */
export declare const SAM_TRANSFORM = "AWS::Serverless-2016-10-31";
/** Why a template needs a capability: the first thing in it that demands it. */
export interface CapabilityNeed {
    capability: Capability;
    /** e.g. "`UsersRole` (`AWS::IAM::Role`) has the custom name `RoleName`". */
    reason: string;
    position: Position;
    /** True when only SAM's own transform demands it. */
    samTransformOnly: boolean;
}
/** The capabilities `template` needs, strongest IAM one only, in a fixed order. */
export declare function requiredCapabilities(template: StackTemplate): CapabilityNeed[];
/** True when `granted` satisfies `needed` (`CAPABILITY_NAMED_IAM` covers `CAPABILITY_IAM`). */
export declare function grants(granted: readonly string[], needed: Capability): boolean;
/** What a deploy grants: the step's capabilities, and those of the SAM config it reads. */
export declare function grantedCapabilities(deploy: {
    capabilities: readonly string[];
}, samConfig: {
    capabilities: readonly string[];
} | null): string[];
