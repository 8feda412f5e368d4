/**
 * What a step kind sees when it draws its messages in a workflow's sequence
 * diagram: the fixed participants, the step, and a `say` that adds a message.
 */
import type { Phase, Step } from '../../model/types.js';
/** Participant ids; the diagram lists only those a message used. */
export declare const PARTICIPANT: {
    readonly dispatcher: "Dispatcher";
    readonly runner: "Runner";
    readonly sts: "STS";
    readonly sam: "SAM";
    readonly cfn: "CFN";
    readonly service: "Service";
    readonly s3: "S3";
    readonly cloudfront: "CloudFront";
    readonly logs: "Logs";
};
/** What a kind's `diagram` sees. */
export interface DiagramContext {
    step: Step;
    /** The step's text as the diagram shows it: no backticks, no trailing `.` or `:`. */
    text: string;
    phase: Phase;
    /** The component's stack, or null. */
    stack: string | null;
    /** The AWS service the component's stack manages, or null. */
    service: string | null;
    /** Adds a message (`reply`: a dashed return arrow). */
    say(from: string, to: string, text: string, reply?: boolean): void;
    /** The participant id of another stack, added on first use. */
    stackParticipant(name: string): string;
}
