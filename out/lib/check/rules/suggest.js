/** "Did you mean": the closest known name, when it is close enough to be a likely typo. */
import { distance } from 'fastest-levenshtein';
/** The closest of `names` to `name` (ties: the smallest), or null when none is close. */
export function closest(name, names) {
    let best = null;
    let bestDistance = Infinity;
    for (const candidate of [...names].sort()) {
        const d = distance(name, candidate);
        if (d < bestDistance)
            [best, bestDistance] = [candidate, d];
    }
    return best !== null && bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : null;
}
/**
 * Every one of `names` that `name` likely meant, sorted: a near spelling, or
 * one name inside the other whatever the case (`CognitoUserPoolId` meant
 * `UserPoolId`). CloudFormation names are PascalCase words, so a dropped or
 * added word is as common a slip as a typo.
 */
export function closeNames(name, names) {
    const limit = Math.max(2, Math.floor(name.length / 3));
    const lower = name.toLowerCase();
    const near = (n) => {
        const other = n.toLowerCase();
        return distance(name, n) <= limit || (Math.min(lower.length, other.length) >= 4 && (lower.includes(other) || other.includes(lower)));
    };
    return [...new Set(names)].filter((n) => n !== name && near(n)).sort();
}
/** `; did you mean \`X\`?`, `; did you mean one of \`X\`, \`Y\`?`, or nothing. */
export function didYouMean(matches) {
    if (matches.length === 0)
        return '';
    return matches.length === 1 ? `; did you mean \`${matches[0]}\`?` : `; did you mean one of ${matches.map((m) => `\`${m}\``).join(', ')}?`;
}
