/**
 * placeholder-text: a doc still holds the `FILL ME IN` marker that
 * `docflow new` writes where only a person can say what the component does.
 * A warning, so a fresh doc checks and generates, but nobody forgets it.
 */
import { wholeDoc } from '../rule.js';
/** The marker `docflow new` writes into the prose it cannot know. */
export const PLACEHOLDER_MARK = 'FILL ME IN';
export const placeholderText = {
    id: 'placeholder-text',
    description: 'The doc still holds a `FILL ME IN` placeholder.',
    run(ctx) {
        for (const c of ctx.components) {
            const section = c.sections.find((s) => s.markdown.includes(PLACEHOLDER_MARK));
            const texts = [c.overview, c.workflows.deploy?.description ?? '', c.workflows.delete?.description ?? ''];
            if (!section && !texts.some((t) => t.includes(PLACEHOLDER_MARK)))
                continue;
            ctx.report({
                file: c.file,
                scope: wholeDoc(c),
                position: section?.position ?? c.position,
                message: `Unexpected placeholder \`${PLACEHOLDER_MARK}\`: this doc still has text to write`,
                hint: `Replace every \`${PLACEHOLDER_MARK}\` with what the component does and why (the overview, each workflow's description, the failure scenarios).`,
            });
        }
    },
};
