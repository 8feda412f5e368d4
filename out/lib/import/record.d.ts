export declare const RECORD_FILE = "docflow.import.json";
export interface ImportRecord {
    /** Workflow path (root-relative) → the doc it was imported into and its sha256 then. */
    workflows: Record<string, {
        doc: string;
        sha256: string;
    }>;
}
export declare function sha256(text: string | Uint8Array): string;
/** The record's text: sorted keys, so the same import writes the same bytes. */
export declare function recordText(record: ImportRecord): string;
export declare function readRecord(root: string): Promise<ImportRecord>;
/** May `generate --adopt` replace the foreign file `rel` whose bytes are `bytes`? */
export declare function adoptable(record: ImportRecord): (rel: string, bytes: string) => boolean;
