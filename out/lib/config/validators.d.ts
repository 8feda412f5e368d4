import type { ValidateFunction } from 'ajv';
/** docs/config.schema.json, as far as the validators care. */
export interface ConfigSchema {
    definitions: Record<string, unknown>;
}
/** The ajv options of both validators (prebuilt or compiled at run time alike). */
export declare const AJV_OPTIONS: {
    readonly allErrors: true;
    readonly strict: false;
};
/** Where the prebuilt validators are, relative to config/load.js. */
export declare const PREBUILT_FILE = "./validators.prebuilt.cjs";
/** What the prebuilt module exports. */
export interface PrebuiltValidators {
    schemaHash: string;
    config: ValidateFunction;
    component: ValidateFunction;
}
/** The schema of the whole config, and the one of a doc's front matter (the component options). */
export declare function validatorSchemas(schema: ConfigSchema): {
    config: object;
    component: object;
};
/** What the validators are made from: both schemas, the options and ajv's version. */
export declare function schemaHash(schemaText: string): string;
