/**
 * Reads a CloudFormation or SAM template (YAML with short-form intrinsics, or
 * JSON) into the facts the checks need, each with its position in the
 * template: parameters, outputs and their export names, resources, transforms
 * and `Fn::ImportValue` calls. A template that does not parse is a diagnostic
 * at its own file:line:col, never an exception.
 */
import { type Node } from 'yaml';
import type { Diagnostic, Position } from '../diagnostics/diagnostic.js';
import type { RuleId } from '../diagnostics/rule-ids.js';
/** A `Parameters` entry. */
export interface TemplateParameter {
    name: string;
    /** The `Default` as a string, when it has a scalar one. */
    defaultValue: string | null;
    hasDefault: boolean;
    position: Position;
}
/** An `Outputs` entry; `exportName` is the `Export.Name` node, evaluated later with the stack's names. */
export interface TemplateOutput {
    name: string;
    exportName: Node | null;
    position: Position;
}
/** A `Resources` entry with its top-level property nodes. */
export interface TemplateResource {
    logicalId: string;
    type: string;
    properties: ReadonlyMap<string, Node>;
    position: Position;
}
/** A macro the template runs: a top-level `Transform` or an `Fn::Transform`. */
export interface TemplateTransform {
    name: string;
    position: Position;
}
/** An `Fn::ImportValue` call; `name` is its argument node. */
export interface TemplateImport {
    name: Node;
    position: Position;
}
/** What docflow reads from a template. */
export interface StackTemplate {
    /** Path relative to the project root. */
    file: string;
    parameters: TemplateParameter[];
    /** The `Parameters` key, else the template's first line. */
    parametersPosition: Position;
    outputs: TemplateOutput[];
    /** The `Outputs` key, else the template's first line. */
    outputsPosition: Position;
    resources: TemplateResource[];
    /** Properties every SAM function gets from `Globals.Function`. */
    functionGlobals: ReadonlySet<string>;
    transforms: TemplateTransform[];
    imports: TemplateImport[];
    /** The template's first line. */
    position: Position;
}
/** A parsed template, or the diagnostics that explain why there is none. */
export interface TemplateRead {
    template: StackTemplate | null;
    diagnostics: Diagnostic[];
}
/** The rule id of a template that cannot be read as a CloudFormation template. */
export declare const INVALID_TEMPLATE: RuleId;
/** Parses `text` (the template at `file`). Never throws on content. */
export declare function parseStackTemplate(file: string, text: string): TemplateRead;
