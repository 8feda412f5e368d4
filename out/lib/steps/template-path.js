/**
 * The template a `sam build` step builds: the one it names, else the
 * configured pattern (`sam.template`, `{id}` the component id), else, in a
 * step with its own working directory, that folder's `template.yaml`, which
 * sam finds by itself.
 */
import path from 'node:path';
/** `flag`: the `--template-file` value (null: none); `file`: the file that must exist, relative to the root. */
export function buildTemplate(step, id, pattern) {
    const named = step.facts.templates[0]?.value ?? null;
    const dir = step.options.workingDirectory?.value ?? null;
    if (named)
        return { flag: named, file: dir ? path.posix.join(dir, named) : named };
    if (dir)
        return { flag: null, file: path.posix.join(dir, 'template.yaml') };
    const file = pattern.replace(/\{id\}/g, id);
    return { flag: file, file };
}
