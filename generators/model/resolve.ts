/**
 * Resolves every Dependencies / Required By entry to component ids: links by
 * their target file, globs by matching ids, names with or without a
 * `deploy-`/`delete-` workflow prefix.
 */
import path from 'node:path';
import picomatch from 'picomatch';
import type { Component, DependencyRef } from './types.js';

const PREFIX = /^(?:deploy|delete)-/;

/** Fills `ref` and `ids` on every entry of every component, in place. */
export function resolveReferences(components: readonly Component[]): void {
  const byId = new Map<string, Component>();
  const byFile = new Map<string, Component>();
  for (const c of components) {
    if (!byId.has(c.id)) byId.set(c.id, c);
    byFile.set(c.file, c);
  }
  const ids = [...byId.keys()].sort();
  for (const c of components) {
    for (const list of [c.dependencies.deploy, c.dependencies.delete, c.requiredBy.deploy, c.requiredBy.delete]) {
      for (const ref of list) resolveOne(ref, c, byId, byFile, ids);
    }
    for (const listed of c.listedGlobs) {
      const isMatch = picomatch(listed.glob.value.replace(PREFIX, ''), { dot: true });
      listed.ids = ids.filter((id) => isMatch(id));
      for (const ref of listed.listed) resolveOne(ref, c, byId, byFile, ids);
    }
  }
}

function resolveOne(ref: DependencyRef, owner: Component, byId: Map<string, Component>, byFile: Map<string, Component>, ids: string[]): void {
  const name = ref.raw.trim();
  ref.ref = byId.has(name) ? name : name.replace(PREFIX, '');
  if (ref.link && !/^[a-z]+:/i.test(ref.link)) {
    const target = safeDecodeURI(ref.link.split('#')[0]!);
    const file = path.posix.normalize(path.posix.join(path.posix.dirname(owner.file), target));
    const hit = byFile.get(file);
    ref.ids = hit ? [hit.id] : [];
    return;
  }
  if (ref.glob) {
    const isMatch = picomatch(ref.ref, { dot: true });
    ref.ids = ids.filter((id) => isMatch(id));
    return;
  }
  ref.ids = byId.has(ref.ref) ? [ref.ref] : [];
}

/** `decodeURI`, but a malformed escape (`%ZZ`) leaves the text as written: it then resolves to nothing and is reported. */
export function safeDecodeURI(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}
