/** Waves of a needs map: each id after all its needs (ids on a cycle are left out). */
export declare function globalWaves(needs: ReadonlyMap<string, readonly string[]>): string[][];
