/**
 * Dependabot bumps a pinned action inside a generated workflow
 * (`uses: actions/checkout@<sha> # v4.2.2` → another SHA and version). When
 * that is the only difference, `check` says how to carry the bump into the
 * config's `pins.actions` instead of reporting plain drift.
 */
/** One bumped pin: the action and the ref (and version comment) on disk. */
export interface PinBump {
    action: string;
    ref: string;
    version: string | null;
    /** 1-based line in the file. */
    line: number;
}
/** The pins bumped on disk when they are the only lines that differ from `generated`; null otherwise. */
export declare function pinBumps(onDisk: string, generated: string): PinBump[] | null;
/** The config lines that carry `bumps` into `pins.actions`. */
export declare function pinsConfigSnippet(bumps: readonly PinBump[]): string;
