/**
 * The docs site in a real browser: build it as `npm run docs:build` does,
 * serve out/site on loopback, crawl every page reachable from the home
 * page, and check what each page must show. Fails (never skips) under CI
 * without a browser.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type BrowserSession } from '../../generators/render/browser.js';
import { browserPath, testBrowser } from '../render/support.js';
import { loadSite } from '../../generators/site/vitepress.js';
import { repoRoot, serveStatic, vitepressBuild } from './support.js';

const SITE_TITLE = 'docflow';
const shots = path.join(repoRoot, 'out/site-screenshots');

interface Visit {
  status: number;
  html: boolean;
  title: string;
  h1: string | null;
  images: { src: string; width: number }[];
  links: string[];
  ids: string[];
  errors: string[];
}

describe.skipIf(!testBrowser)('the docs site in a browser', () => {
  let server: { origin: string; close(): Promise<void> };
  let session: BrowserSession;
  const visits = new Map<string, Visit>();

  beforeAll(async () => {
    await vitepressBuild(repoRoot, 'docs');
    server = await serveStatic(path.join(repoRoot, 'out/site'));
    session = await launchBrowser(browserPath());
    mkdirSync(shots, { recursive: true });
    const page = await session.browser.newPage();
    const queue = ['/'];
    const seen = new Set(queue);
    while (queue.length > 0) {
      const at = queue.shift()!;
      const visit = await visitPage(page, server.origin + at);
      visits.set(at, visit);
      for (const link of visit.links) {
        const url = new URL(link);
        if (url.origin !== server.origin || seen.has(url.pathname)) continue;
        seen.add(url.pathname);
        queue.push(url.pathname);
      }
    }
    await page.close();
  }, 900_000);

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('reaches every page from the home page: components, the index, the graph and the tool docs', async () => {
    const inputs = await loadSite({ root: repoRoot });
    const pages = [...visits.keys()];
    expect(pages).toContain('/config.schema.json');
    for (const c of inputs.analysis.byId.values()) expect(pages).toContain(`/components/${c.id}.html`);
    for (const p of ['/components/', '/graph.html', '/FORMAT.html', '/rules.html', '/config.html', '/step-kinds.html', '/orchestration.html', '/cli.html', '/site.html']) expect(pages).toContain(p);
  });

  it('serves every page with HTTP 200, its title, loaded images and no console errors', () => {
    for (const [at, v] of visits) {
      expect.soft(v.status, at).toBe(200);
      // Linked files (the JSON schemas) only need to be there.
      if (!v.html) continue;
      expect.soft(v.errors, at).toEqual([]);
      for (const img of v.images) expect.soft(img.width, `${at}: ${img.src}`).toBeGreaterThan(0);
      const expected = at === '/' ? `Firefly | ${SITE_TITLE}` : `${v.h1} | ${SITE_TITLE}`;
      expect.soft(v.h1 !== null || at === '/', `${at} has an h1`).toBe(true);
      expect.soft(v.title, at).toBe(expected);
    }
    const component = visits.get('/components/dynamodb-users.html')!;
    expect(component.title).toBe(`dynamodb-users | ${SITE_TITLE}`);
    expect(component.images.length).toBeGreaterThanOrEqual(2);
  });

  it('resolves every internal link, anchors included', () => {
    const broken: string[] = [];
    for (const [at, v] of visits) {
      for (const link of v.links) {
        const url = new URL(link);
        if (url.origin !== server.origin) continue;
        const target = visits.get(url.pathname);
        if (!target || target.status !== 200) broken.push(`${at} → ${link}`);
        else if (url.hash && !target.ids.includes(decodeURIComponent(url.hash.slice(1)))) broken.push(`${at} → ${link} (no such anchor)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('shows a component page with its workflow YAML, blast radius and prerequisites', async () => {
    const page = await session.browser.newPage();
    try {
      await page.goto(`${server.origin}/components/dynamodb-users.html`, { waitUntil: 'networkidle0' });
      const shown = await page.evaluate(() => {
        const details = Array.from(document.querySelectorAll('#docflow-workflows ~ details'));
        const yaml = details.map((d) => ({ summary: d.querySelector('summary')?.textContent?.trim(), open: (d as HTMLDetailsElement).open, code: d.querySelector('pre code')?.textContent ?? '', highlighted: d.querySelectorAll('pre code span[style]').length }));
        const table = (id: string) => {
          const heading = document.getElementById(id);
          let el = heading?.nextElementSibling ?? null;
          while (el && el.tagName !== 'TABLE' && !/^H[12]$/.test(el.tagName)) el = el.nextElementSibling;
          return el?.tagName === 'TABLE' ? Array.from(el.querySelectorAll('tbody tr')).map((tr) => ({ component: tr.querySelector('td a')?.textContent, direct: !!tr.querySelector('strong'), transitive: !!tr.querySelector('em') })) : [];
        };
        return { yaml, blast: table('docflow-blast-radius'), prerequisites: table('docflow-prerequisites') };
      });
      expect(shown.yaml.map((y) => y.summary)).toEqual(['deploy-dynamodb-users.yml', 'delete-dynamodb-users.yml']);
      for (const y of shown.yaml) {
        expect(y.open).toBe(false);
        expect(y.code).toContain('generated by docflow from docs/components/dynamodb-users.md');
        expect(y.highlighted).toBeGreaterThan(10);
      }
      // Direct dependents are bold, transitive ones italic: both kinds occur for dynamodb-users.
      expect(shown.blast.filter((r) => r.direct).map((r) => r.component)).toContain('func-api-users-post');
      expect(shown.blast.filter((r) => r.transitive).map((r) => r.component)).toContain('integration-tests');
      expect(shown.blast.every((r) => r.direct !== r.transitive)).toBe(true);
      const http = await page.goto(`${server.origin}/components/func-api-users-post.html`, { waitUntil: 'networkidle0' });
      expect(http?.status()).toBe(200);
      const prereq = await page.$$eval('#docflow-prerequisites ~ table tbody tr', (rows) => rows.map((r) => ({ id: r.querySelector('a')?.textContent, direct: !!r.querySelector('strong') })));
      expect(prereq).toContainEqual({ id: 'http-api', direct: true });
      expect(prereq).toContainEqual({ id: 'acm-certificate', direct: false });
      await page.goto(`${server.origin}/components/dynamodb-users.html`, { waitUntil: 'networkidle0' });
      await page.screenshot({ path: path.join(shots, 'component-light.png'), fullPage: false });
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
      await page.evaluate(() => localStorage.setItem('vitepress-theme-appearance', 'dark'));
      await page.reload({ waitUntil: 'networkidle0' });
      expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);
      await page.evaluate(() => document.querySelector('img[src*="deploy-dynamodb-users"]')?.scrollIntoView());
      await page.screenshot({ path: path.join(shots, 'component-dark.png'), fullPage: false });
    } finally {
      await page.close();
    }
  });

  it('opens a component page when a node of the graph is clicked', async () => {
    const page = await session.browser.newPage();
    try {
      await page.goto(`${server.origin}/graph.html`, { waitUntil: 'networkidle0' });
      const nodes = await page.$$eval('a.docflow-graph-node', (as) => as.map((a) => a.getAttribute('data-component')));
      const inputs = await loadSite({ root: repoRoot });
      expect(nodes.sort()).toEqual([...inputs.analysis.byId.keys()].sort());
      await page.screenshot({ path: path.join(shots, 'graph.png'), fullPage: true });
      await page.click('a.docflow-graph-node[data-component="http-api"]');
      await page.waitForFunction(() => location.pathname.endsWith('/components/http-api.html') && document.title.startsWith('http-api'), { timeout: 15_000 });
      expect(await page.title()).toBe(`http-api | ${SITE_TITLE}`);
    } finally {
      await page.close();
    }
  });

  it('finds component docs and tool docs with the local search', async () => {
    const page = await session.browser.newPage();
    try {
      await page.goto(`${server.origin}/`, { waitUntil: 'networkidle0' });
      await page.click('#local-search button');
      await page.waitForSelector('.VPLocalSearchBox input');
      await page.type('.VPLocalSearchBox input', 'allowlist');
      await page.waitForFunction(() => document.querySelectorAll('.VPLocalSearchBox .results li').length > 0, { timeout: 15_000 });
      const hits = await page.$$eval('.VPLocalSearchBox .results li a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(hits.some((h) => h.includes('/components/dynamodb-users'))).toBe(true);
      await page.screenshot({ path: path.join(shots, 'search.png') });
    } finally {
      await page.close();
    }
  });
});

async function visitPage(page: Page, url: string): Promise<Visit> {
  const errors: string[] = [];
  const onConsole = (m: { type(): string; text(): string }) => {
    if (m.type() === 'error') errors.push(m.text());
  };
  const onError = (e: Error) => errors.push(e.message);
  const onResponse = (r: { status(): number; url(): string }) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()} ${r.url()}`);
  };
  page.on('console', onConsole);
  page.on('pageerror', onError);
  page.on('response', onResponse);
  try {
    const response = await page.goto(url, { waitUntil: 'networkidle0' });
    const seen = await page.evaluate(async () => {
      await Promise.all(
        Array.from(document.images).map((img) =>
          img.complete
            ? null
            : new Promise((r) => {
                img.addEventListener('load', r, { once: true });
                img.addEventListener('error', r, { once: true });
              }),
        ),
      );
      const h1 = document.querySelector('.vp-doc h1');
      return {
        title: document.title,
        h1: h1 ? Array.from(h1.childNodes).filter((n) => !(n instanceof HTMLElement && n.classList.contains('header-anchor'))).map((n) => n.textContent).join('').trim() : null,
        images: Array.from(document.images).map((img) => ({ src: img.currentSrc || img.src, width: img.naturalWidth })),
        links: Array.from(document.querySelectorAll('a[href]')).map((a) => new URL(a.getAttribute('href')!, location.href).href),
        ids: Array.from(document.querySelectorAll('[id]')).map((e) => e.id),
      };
    });
    const html = (response?.headers()['content-type'] ?? '').startsWith('text/html');
    return html ? { status: response?.status() ?? 0, html, errors, ...seen } : { status: response?.status() ?? 0, html, errors, title: '', h1: null, images: [], links: [], ids: [] };
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onError);
    page.off('response', onResponse);
  }
}
