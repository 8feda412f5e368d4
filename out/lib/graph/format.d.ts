/** Deploy and delete waves and the orchestration plan, as data and as text. */
import type { Analysis } from '../analyze.js';
import { type OrchestrationPlan } from './orchestration.js';
/** Deploy and delete waves, and how deploy-all / delete-all are split into files. */
export interface Plan {
    deploy: string[][];
    delete: string[][];
    orchestration: OrchestrationPlan[];
}
/** Waves of both graphs (ids on a cycle are left out; the cycle rule reports them). */
export declare function plan(analysis: Analysis, limit: number): Plan;
/** Human-readable waves. */
export declare function formatPlanText(p: Plan): string;
