import { type Component } from '../../model/types.js';
import { type GeneratedFile } from '../files.js';
import type { DiagramInputs } from './sequence.js';
/** Mermaid node ids must be identifiers; kebab-case ids map one to one. */
export declare function nodeId(id: string): string;
/** File name (without extension) of the system graph. */
export declare const DAG_NAME = "deploy-all-dag";
/** Builds `deploy-all-dag.mmd`. */
export declare function dagDiagram(components: readonly Component[], inputs: DiagramInputs): GeneratedFile;
