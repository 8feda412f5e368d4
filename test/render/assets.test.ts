/**
 * Which diagrams wait for the icon and math fonts. Loading them costs more
 * than a page's mermaid import, so a miss on ordinary text matters for speed,
 * and a miss on an icon or formula would change the SVG (diagram-types.test.ts
 * checks those against mermaid-cli).
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { usesIcons, usesWebFonts } from '../../generators/render/assets.js';

describe('usesWebFonts', () => {
  it.each([
    ['a Font Awesome icon', 'flowchart LR\n A[fa:fa-car Car]\n'],
    ['a brands icon', 'flowchart LR\n A(fab:fa-github)\n'],
    ['a solid icon, upper case', 'flowchart LR\n A[FAS:FA-TRUCK]\n'],
    ['a mindmap icon', 'mindmap\n  root\n    ::icon(fa fa-book)\n'],
    ['an icon class in HTML', 'flowchart LR\n A["<i class=\'fa-solid fa-car\'></i>"]\n'],
    ['a bare fa class in HTML', 'flowchart LR\n A["<i class=\'fa\'>x</i> Hello"]\n'],
    ['a Font Awesome class as a node class', 'flowchart LR\n A[Hello]:::fas;\n'],
    ['KaTeX math', 'sequenceDiagram\n A->>B: $$\\sqrt{2}$$\n'],
    ['a font family named after KaTeX', '%%{init: {"fontFamily": "KaTeX_Main"}}%%\nflowchart LR\n A\n'],
    ['a font family named after Font Awesome', 'flowchart LR\n classDef x font-family:Font Awesome 6 Free\n'],
  ])('is true for %s', (_, source) => {
    expect(usesWebFonts(source)).toBe(true);
  });

  it.each([
    ['words that start with fa', 'sequenceDiagram\n A->>B: fail fast, fall back to the facade: $5 fare\n'],
    ['a single dollar', 'sequenceDiagram\n A->>B: costs $3 or $4\n'],
  ])('is false for %s', (_, source) => {
    expect(usesWebFonts(source)).toBe(false);
  });

  it('is false for every diagram docflow generates for the example docs', async () => {
    const dir = join(import.meta.dirname, '..', '..', 'docs', 'components', 'images');
    const names = (await readdir(dir)).filter((name) => name.endsWith('.mmd'));
    expect(names.length).toBeGreaterThan(20);
    const needing = [];
    for (const name of names) if (usesWebFonts(await readFile(join(dir, name), 'utf8'))) needing.push(name);
    expect(needing).toEqual([]);
  });
});

describe('page assets', () => {
  it("serve mermaid-cli's page, and the very mermaid, katex and Font Awesome mermaid-cli uses", async () => {
    const { createRequire } = await import('node:module');
    const { realpath } = await import('node:fs/promises');
    const { dirname } = await import('node:path');
    const { MERMAID_CLI_PAGE, pageAssets } = await import('../../generators/render/assets.js');
    const fromCli = createRequire(createRequire(import.meta.url).resolve('@mermaid-js/mermaid-cli'));
    const cliPage = join(dirname(fromCli.resolve('@mermaid-js/mermaid-cli')), '..', 'dist', 'index.html');
    expect(MERMAID_CLI_PAGE).toBe(await readFile(cliPage, 'utf8'));
    const assets = await pageAssets();
    for (const pkg of ['mermaid', 'katex', '@fortawesome/fontawesome-free']) {
      const dir = await realpath(dirname(fromCli.resolve(`${pkg}/package.json`)));
      expect(assets.roots.some((root) => root === dir || root.startsWith(dir + '/'))).toBe(true);
    }
  });
});

describe('usesIcons', () => {
  it.each([
    ['fa:fa-car', 'flowchart LR\n A[fa:fa-car Car]\n'],
    ['a mindmap icon', 'mindmap\n  root\n    ::icon(fa fa-book)\n'],
    ['an icon class', 'flowchart LR\n A[Hello]:::fas;\n'],
    ['raw HTML', 'flowchart LR\n A["<i class=\'fa\'>x</i>"]\n'],
  ])('is true for %s', (_, source) => expect(usesIcons(source)).toBe(true));

  it.each([
    ['escaped doc text', 'sequenceDiagram\n A->>B: fab fa#58;fa-car is awesome #lt;i class=x#gt;\n'],
    ['KaTeX math only', 'sequenceDiagram\n A->>B: $$\\sqrt{2}$$\n'],
  ])('is false for %s', (_, source) => expect(usesIcons(source)).toBe(false));
});
