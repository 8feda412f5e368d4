/**
 * The config and front-matter validators, compiled ahead: compiling the
 * config schema with ajv costs a quarter of a second, on every run. `npm run
 * build` writes ajv's standalone code for both (validators.prebuilt.cjs next
 * to the built load.js); a run uses it only when it was made from the same
 * schemas with the same ajv, and compiles them itself otherwise.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { COMPONENT_OPTION_KEYS } from './types.js';
/** The ajv options of both validators (prebuilt or compiled at run time alike). */
export const AJV_OPTIONS = { allErrors: true, strict: false };
/** Where the prebuilt validators are, relative to config/load.js. */
export const PREBUILT_FILE = './validators.prebuilt.cjs';
/** The schema of the whole config, and the one of a doc's front matter (the component options). */
export function validatorSchemas(schema) {
    const component = {
        type: 'object',
        additionalProperties: false,
        definitions: schema.definitions,
        properties: {
            ...Object.fromEntries(COMPONENT_OPTION_KEYS.map((k) => [k, { $ref: `#/definitions/${k}` }])),
            // Not a config key: names the AWS service the stack manages, for diagrams.
            service: { type: 'string', minLength: 1, pattern: '^[^\\r\\n]+$' },
            // Not a config key either: the docs site's sidebar section (docs/site.md).
            group: { type: 'string', minLength: 1, pattern: '^[^\\r\\n]+$' },
        },
    };
    return { config: schema, component };
}
/** What the validators are made from: both schemas, the options and ajv's version. */
export function schemaHash(schemaText) {
    const ajvVersion = createRequire(import.meta.url)('ajv/package.json').version;
    return createHash('sha256').update(JSON.stringify([ajvVersion, AJV_OPTIONS, validatorSchemas(JSON.parse(schemaText))])).digest('hex');
}
