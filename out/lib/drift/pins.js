/**
 * Dependabot bumps a pinned action inside a generated workflow
 * (`uses: actions/checkout@<sha> # v4.2.2` → another SHA and version). When
 * that is the only difference, `check` says how to carry the bump into the
 * config's `pins.actions` instead of reporting plain drift.
 */
const USES = /^(\s*(?:- )?uses: )([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+(?:\/[^@\s]*)?)@([^\s#]+)(?:\s+#\s*(\S+))?$/;
/** The pins bumped on disk when they are the only lines that differ from `generated`; null otherwise. */
export function pinBumps(onDisk, generated) {
    const a = onDisk.split('\n');
    const b = generated.split('\n');
    if (a.length !== b.length)
        return null;
    const bumps = [];
    for (let i = 0; i < a.length; i++) {
        if (a[i] === b[i])
            continue;
        const disk = USES.exec(a[i]);
        const ours = USES.exec(b[i]);
        if (!disk || !ours || disk[1] !== ours[1] || disk[2] !== ours[2] || disk[3] === ours[3])
            return null;
        bumps.push({ action: disk[2], ref: disk[3], version: disk[4] ?? null, line: i + 1 });
    }
    return bumps.length > 0 ? bumps : null;
}
/** The config lines that carry `bumps` into `pins.actions`. */
export function pinsConfigSnippet(bumps) {
    const unique = new Map(bumps.map((b) => [b.action, b]));
    return [...unique.values()].map((b) => `${b.action}: { ref: ${b.ref}${b.version ? `, version: ${b.version}` : ''} }`).join('; ');
}
