import type { Component } from '../model/types.js';
import { type SiteInputs } from './context.js';
/** A VitePress sidebar item (the subset docflow produces). */
export interface SidebarItem {
    text: string;
    link?: string;
    items?: SidebarItem[];
    collapsed?: boolean;
}
/** Options for {@link componentSidebar}. */
export interface SidebarOptions {
    /** The site route of the docs folder, e.g. `/components/` (leading and trailing slash). */
    base: string;
    /** Title of the index entry. Default `Overview`. */
    indexText?: string;
}
/** The front-matter `group` of a component, if it sets one. */
export declare function groupOf(c: Component): string | null;
/** Sidebar groups for the components, the index first. */
export declare function componentSidebar(inputs: SiteInputs, options: SidebarOptions): SidebarItem[];
