/** Why a root-relative path is not safe to use, or null when it is. Lexical only. */
export declare function lexicalPathProblem(rel: string): string | null;
/**
 * Why `rel` (a file or folder under root, existing or not) is not safe on
 * disk: the real path of its longest existing prefix must stay inside the
 * real root and out of `.git/`. Null when it is safe.
 */
export declare function realPathProblem(root: string, rel: string): Promise<string | null>;
/** True when `rel` is `dir` or inside it (both root-relative, `/`-separated). */
export declare function isInside(rel: string, dir: string): boolean;
