/** The closest of `names` to `name` (ties: the smallest), or null when none is close. */
export declare function closest(name: string, names: readonly string[]): string | null;
/**
 * Every one of `names` that `name` likely meant, sorted: a near spelling, or
 * one name inside the other whatever the case (`CognitoUserPoolId` meant
 * `UserPoolId`). CloudFormation names are PascalCase words, so a dropped or
 * added word is as common a slip as a typo.
 */
export declare function closeNames(name: string, names: readonly string[]): string[];
/** `; did you mean \`X\`?`, `; did you mean one of \`X\`, \`Y\`?`, or nothing. */
export declare function didYouMean(matches: readonly string[]): string;
