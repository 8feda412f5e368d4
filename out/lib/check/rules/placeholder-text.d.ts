/**
 * placeholder-text: a doc still holds the `FILL ME IN` marker that
 * `docflow new` writes where only a person can say what the component does.
 * A warning, so a fresh doc checks and generates, but nobody forgets it.
 */
import { type Rule } from '../rule.js';
/** The marker `docflow new` writes into the prose it cannot know. */
export declare const PLACEHOLDER_MARK = "FILL ME IN";
export declare const placeholderText: Rule;
