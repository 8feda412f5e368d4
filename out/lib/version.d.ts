/** The `version` field of docflow's package.json. */
export declare const DOCFLOW_VERSION: string;
