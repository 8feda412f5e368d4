/**
 * Writes the inferred settings into `docflow.config.yaml`: keys the file
 * already sets keep the author's value (a different inferred value is left
 * to the disagreement report); missing keys are added. Comments and layout
 * of the existing file are kept (yaml's Document API).
 */
import { parseDocument } from 'yaml';
export function configText(existing, settings) {
    const file = existing?.file ?? 'docflow.config.yaml';
    const doc = parseDocument(existing?.text ?? '# docflow settings inferred by `docflow import` from the hand-written workflows.\n');
    if (doc.errors.length > 0)
        return null;
    let changed = false;
    for (const [key, value] of settings) {
        const keyPath = key.split('.');
        if (doc.hasIn(keyPath))
            continue;
        // A missing parent that is a scalar cannot take a child: leave it.
        const parent = keyPath.slice(0, -1);
        if (parent.length > 0 && doc.hasIn(parent) && typeof doc.getIn(parent) !== 'object')
            continue;
        doc.setIn(keyPath, doc.createNode(value));
        changed = true;
    }
    if (!changed && existing)
        return null;
    const text = doc.toString({ lineWidth: 0 });
    return { file, text };
}
