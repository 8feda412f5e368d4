// Synthesises N component docs from the bundled example: the example system
// copied in groups, every id (and stack, template, glob) suffixed per group,
// so the docs keep the example's realistic mix of sizes and format variants.
// With `templatesDir`, each group also gets the example's CloudFormation
// templates, renamed the same way.
import { promises as fs } from 'node:fs';
import path from 'node:path';

/** Writes `count` docs (plus one index page per group) under `dir`, and templates from `exampleTemplates` under `templatesDir`; returns the doc paths. */
export async function synthesize(exampleDir, dir, count, exampleTemplates = null, templatesDir = null) {
  const names = (await fs.readdir(exampleDir)).filter((n) => n.endsWith('.md')).sort();
  const docs = await Promise.all(names.map(async (n) => ({ id: n.slice(0, -3), text: await fs.readFile(path.join(exampleDir, n), 'utf8') })));
  const components = docs.filter((d) => d.id !== 'index');
  const ids = components.map((d) => d.id).sort((a, b) => b.length - a.length);
  await fs.mkdir(dir, { recursive: true });
  const written = [];
  const index = docs.find((d) => d.id === 'index');
  // Whole groups only, so every reference resolves; the rest are index pages (not components).
  const groups = Math.floor(count / components.length);
  const rename = (text, group) => {
    for (const id of ids) text = text.replace(new RegExp(`(?<![A-Za-z0-9])${id.replace(/[-]/g, '\\-')}(?![A-Za-z0-9]|-[a-z])`, 'g'), `${id}-g${group}`);
    return text;
  };
  const templates = exampleTemplates
    ? await Promise.all((await fs.readdir(exampleTemplates)).filter((n) => n.endsWith('.yaml')).sort().map(async (n) => ({ id: n.slice(0, -5), text: await fs.readFile(path.join(exampleTemplates, n), 'utf8') })))
    : [];
  if (templatesDir) await fs.mkdir(templatesDir, { recursive: true });
  for (let group = 1; group <= groups; group++) {
    for (const t of templates) await fs.writeFile(path.join(templatesDir, `${t.id}-g${group}.yaml`), rename(t.text, group));
    for (const doc of components) {
      let text = rename(doc.text, group);
      text = text.replace(/func-api-\*/g, `func-api-*-g${group}`).replace(/func-api-users-\*/g, `func-api-users-*-g${group}`);
      const file = path.join(dir, `${doc.id}-g${group}.md`);
      await fs.writeFile(file, text);
      written.push(file);
    }
  }
  for (let i = 1; written.length < count; i++) {
    const file = path.join(dir, `guide-${i}.md`);
    await fs.writeFile(file, index ? index.text : `# Guide ${i}\n\nNot a component.\n`);
    written.push(file);
  }
  return written;
}
