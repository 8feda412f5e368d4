import type { SiteInputs } from './context.js';
import { type SidebarItem, type SidebarOptions } from './sidebar.js';
export type { SidebarItem } from './sidebar.js';
/** Where the docflow project is. */
export interface DocflowSiteOptions {
    /** The project root (where docflow.config.yaml is). Default: the current directory. */
    root?: string;
    /** The docs folder relative to the root; default: `paths.docs` from the config. */
    docs?: string;
}
/** Loads the project and computes what the site shows. Throws on a config error, with its diagnostics. */
export declare function loadSite(options?: DocflowSiteOptions): Promise<SiteInputs & {
    root: string;
}>;
/** The components section of a sidebar, generated from the model (front-matter `group`, else deploy wave). */
export declare function docflowSidebar(options: DocflowSiteOptions & SidebarOptions): Promise<SidebarItem[]>;
/** The parts of a Vite plugin docflow uses (typed here so docflow needs no Vite types). */
export interface DocflowVitePlugin {
    name: string;
    enforce: 'pre';
    configResolved(config: {
        vitepress?: VitePressSiteConfig;
    }): void;
    transform(code: string, id: string): Promise<string | null>;
    handleHotUpdate(ctx: {
        file: string;
        server: DevServer;
    }): Promise<unknown[] | void>;
}
interface VitePressSiteConfig {
    srcDir: string;
    cleanUrls?: boolean;
    site: {
        base: string;
    };
    rewrites?: {
        map: Record<string, string | undefined>;
    };
}
interface DevServer {
    moduleGraph: {
        getModuleById(id: string): unknown;
        invalidateModule(mod: never): void;
    };
    ws: {
        send(payload: {
            type: 'full-reload';
        }): void;
    };
}
/**
 * The Vite plugin (`vite: { plugins: [docflow()] }`). It reads the project
 * once and again whenever a doc or the config changes, so `vitepress dev`
 * shows every change on every page it affects.
 */
export declare function docflow(options?: DocflowSiteOptions): DocflowVitePlugin;
/** The part of markdown-it that {@link docflowMarkdown} touches. */
interface MarkdownIt {
    renderer: {
        rules: Record<string, ((tokens: never[], idx: number, options: unknown, env: unknown, self: unknown) => string) | undefined>;
    };
}
/**
 * `markdown: { config: docflowMarkdown }`: inline code is shown as written.
 * VitePress compiles pages as Vue templates, so a code span holding a GitHub
 * expression (`${{ inputs.environment }}`) would otherwise be evaluated.
 */
export declare function docflowMarkdown(md: MarkdownIt): void;
