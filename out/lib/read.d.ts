/** The file's text, or null when it cannot be read (missing, a folder, no permission…). */
export declare function readTextOrNull(file: string): string | null;
/** The file's bytes, or the error code that stopped the read (`ENOENT`, …). */
export declare function readBytesOrCode(file: string): Buffer | {
    code: string;
};
