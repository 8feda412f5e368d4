export declare function configText(existing: {
    file: string;
    text: string;
} | null, settings: readonly [string, unknown][]): {
    file: string;
    text: string;
} | null;
