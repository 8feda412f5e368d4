/** A template's source and where it came from (for error messages). */
export interface TemplateSource {
    /** Name without extension, e.g. `steps/sam-deploy`. */
    name: string;
    /** Path shown in diagnostics: relative to the project root, or `docflow:templates/…` for built-ins. */
    file: string;
    source: string;
}
/** All templates by name. */
export type TemplateSet = ReadonlyMap<string, TemplateSource>;
/** The templates shipped with docflow. */
export declare const BUILTIN_TEMPLATES_DIR: string;
/**
 * Loads `*.hbs` from the built-in folder, then from the project's templates
 * folder (same relative name overrides). Missing project folder is fine.
 */
export declare function loadTemplates(root: string, projectDir: string): Promise<TemplateSet>;
/** The templates shipped with docflow alone. */
export declare function loadBuiltinTemplates(): Promise<TemplateSet>;
/** A template that failed to compile, render or parse back. */
export declare class TemplateError extends Error {
    readonly file: string;
    readonly line: number;
    readonly column: number;
    constructor(file: string, line: number, column: number, message: string);
}
/**
 * Text safe inside a Mermaid label or message: everything Mermaid could read
 * as syntax (`;` ends a statement, `#` starts an entity, `%%` a comment,
 * quotes and brackets delimit labels, `$$` starts KaTeX math, `:` an icon
 * such as `fa:fa-car`) becomes an entity code, in one pass.
 */
export declare function mermaidText(text: string): string;
/** How every template compiles (`npm run build` precompiles the built-ins with the same options). */
export declare const HANDLEBARS_OPTIONS: {
    readonly noEscape: true;
    readonly strict: true;
};
/** Written by `npm run build` into the build's emit folder (generators/build.ts): the built-in templates, precompiled. */
export declare const PRECOMPILED_FILE = "templates.prebuilt.cjs";
/** The precompiled built-ins' module: the Handlebars version that compiled them, and each spec by the sha256 of its source. */
export interface PrecompiledTemplates {
    handlebars: string;
    templates: Record<string, TemplateSpecification>;
}
/** The sha256 of a template's source: what a precompiled spec is filed under. */
export declare function templateKey(source: string): string;
/** Renders a template to text (for Mermaid; YAML goes through {@link renderYaml}). */
export declare function renderText(templates: TemplateSet, name: string, view: object): string;
/** Options for {@link renderYaml}. */
export interface RenderYamlOptions {
    /** Answer from the template's parsed shape with the values put in (see slots.ts); false: always parse the rendered text (default true). */
    slots?: boolean;
}
/** Renders a template to YAML text and parses it back. */
export declare function renderYaml(templates: TemplateSet, name: string, view: object, options?: RenderYamlOptions): unknown;
