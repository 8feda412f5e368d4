/** A running watchdog; `release` ends it (it then kills what is left of the group). */
export interface Watchdog {
    pid: number | undefined;
    release(): void;
}
/** Starts a watchdog for Chromium's process group `group` (its leader's pid). */
export declare function watchBrowserGroup(group: number, profileDir: string): Watchdog;
