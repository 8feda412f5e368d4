// The floor the bench compares against: a whole process that reads the docs
// folder and parses every doc with a bare mdast-util-from-markdown.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';

const dir = process.argv[2];
const names = (await fs.readdir(dir)).filter((n) => n.endsWith('.md')).sort();
let nodes = 0;
for (const name of names) nodes += fromMarkdown(await fs.readFile(path.join(dir, name), 'utf8')).children.length;
if (nodes === 0) throw new Error('nothing parsed');
