import { type Project, type ProjectInputs } from '../../project.js';
import { type CliIO } from '../io.js';
import { type ReportFormat } from '../report.js';
/** The project's inputs (config, docs, templates; no doc parsed yet), or an exit code after reporting why they could not be loaded. */
export declare function openProjectInputs(values: Record<string, unknown>, io: CliIO, format?: ReportFormat): Promise<ProjectInputs | number>;
/** The analysed project, or an exit code after reporting why it could not be loaded. */
export declare function openProject(values: Record<string, unknown>, io: CliIO, format?: ReportFormat): Promise<Project | number>;
