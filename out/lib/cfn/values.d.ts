/** Names with known values: pseudo parameters (`AWS::StackName`) and template parameters. */
export type KnownNames = ReadonlyMap<string, string>;
/** The string `node` evaluates to, or null when it depends on anything unknown. */
export declare function evaluateString(node: unknown, names: KnownNames): string | null;
