import { readAsset, usesIcons, usesWebFonts } from './assets.js';
import { RUN_STATE_RESETS } from './state.js';
// mermaid-cli's defaults: puppeteer's 800×600 viewport and a white background.
const VIEWPORT = { width: 800, height: 600, deviceScaleFactor: 1 };
const BACKGROUND = 'white';
const TIME_ZONE = 'UTC';
/**
 * Loads mermaid into `page` (a blank tab). `seed` fixes Mermaid's
 * deterministic ids and the page's `Math.random`, which is reset before every
 * render, as are mermaid's leaked counters (see state.ts), so each diagram's
 * output does not depend on what the page rendered before. The page's clock
 * reads {@link FIXED_NOW} while it renders and its time zone is UTC, so the
 * output does not depend on the day or the machine either.
 */
export async function prepareMermaidPage(page, assets, seed) {
    try {
        await page.setViewport(VIEWPORT);
        // Dates in a diagram (gantt) are read and drawn in the page's time zone: UTC on every machine.
        await page.emulateTimezone(TIME_ZONE);
        await interceptRequests(page, assets);
        // mermaid-cli navigates to its page's file:// URL. Writing the same HTML
        // into the blank tab skips a navigation and a renderer process swap
        // (~55 ms a page). Output only depends on the URL with
        // `arrowMarkerAbsolute: true`, where mermaid writes it into marker URLs:
        // mermaid-cli's is the machine's absolute path to its node_modules,
        // docflow's is `about://blank` everywhere, as generated files must be.
        await page.setContent(assets.pageHtml);
        await page.evaluate(`document.body.style.background = ${JSON.stringify(BACKGROUND)}`);
        await page.evaluate(importScript([assets.mermaidUrl, ...assets.warmModuleUrls]));
        await page.evaluate(setupScript(seed));
    }
    catch (error) {
        await page.close().catch(() => undefined);
        throw error;
    }
    let webFonts;
    return {
        async render(id, source) {
            if (assets.missingPackages.length > 0 && usesIcons(source)) {
                const missing = assets.missingPackages.join(' ');
                return { ok: false, message: `This diagram draws a Font Awesome icon, and ${missing} is not installed: run \`npm install --save-dev ${missing}\` (an optional peer dependency of docflow)` };
            }
            if (usesWebFonts(source))
                await (webFonts ??= loadWebFonts(page, assets));
            return renderIn(page, id, source);
        },
        close: () => page.close(),
    };
}
/**
 * Adds mermaid-cli's stylesheets and waits for every font they declare, as
 * mermaid-cli does before each render. Only diagrams that can use them (see
 * {@link usesWebFonts}) wait for this, once per page: decoding the two dozen
 * icon and math fonts costs more than a page's whole mermaid import, and the
 * stylesheets style nothing else, so other diagrams render the same either way.
 */
async function loadWebFonts(page, assets) {
    for (const url of assets.styleUrls)
        await page.addStyleTag({ url });
    await page.evaluate('Promise.all(Array.from(document.fonts, (font) => font.load())).then(() => undefined)');
}
async function renderIn(page, id, source) {
    // The string form keeps bundlers from rewriting code that runs in the page.
    return (await page.evaluate(`window.__docflowRender(${JSON.stringify(id)}, ${JSON.stringify(source)})`));
}
/**
 * Serves mermaid's files; refuses every other request, so renders never touch
 * the network. Raw CDP rather than puppeteer's request interception, which
 * base64-encodes every body again for every page.
 */
async function interceptRequests(page, assets) {
    const session = await page.createCDPSession();
    session.on('Fetch.requestPaused', (event) => void answer(session, assets, event));
    await session.send('Fetch.enable', { patterns: [{ urlPattern: '*' }] });
}
async function answer(session, assets, event) {
    const { requestId, request } = event;
    try {
        const asset = await readAsset(assets, request.url);
        if (!asset)
            return void (await session.send('Fetch.failRequest', { requestId, errorReason: 'BlockedByClient' }));
        await session.send('Fetch.fulfillRequest', {
            requestId,
            responseCode: 200,
            responseHeaders: [
                { name: 'Content-Type', value: asset.contentType },
                // The page is an about:blank document importing from another origin.
                { name: 'Access-Control-Allow-Origin', value: '*' },
            ],
            body: asset.base64Body,
        });
    }
    catch {
        // Never leave a request paused; if the page closed, this fails too, harmlessly.
        await session.send('Fetch.failRequest', { requestId, errorReason: 'Failed' }).catch(() => undefined);
    }
}
/**
 * Imports mermaid (first URL) and other modules. Some modules take a random
 * value or the time when they load (iconify's id prefix is
 * `IconifyId<Date.now()><Math.random()>`), so both are fixed meanwhile.
 */
function importScript(urls) {
    return `(async () => {
  const now = Date.now;
  const random = Math.random;
  Date.now = () => ${FIXED_NOW};
  Math.random = () => 0.5;
  try {
    const [m] = await Promise.all([${urls.map((url) => `import(${JSON.stringify(url)})`).join(', ')}]);
    window.__docflowMermaid = m.default;
  } finally {
    Date.now = now;
    Math.random = random;
  }
})()`;
}
/**
 * The instant the page's clock shows while a diagram renders (the Unix epoch,
 * as while mermaid is imported): a published diagram must not change with the
 * day it was generated, so a gantt's today marker sits at 1970, off any chart.
 */
export const FIXED_NOW = 0;
/**
 * Runs once in the page, after mermaid is imported and the fonts are loaded:
 * initializes mermaid and installs `__docflowRender`.
 */
function setupScript(seed) {
    return `(async () => {
  const mermaid = window.__docflowMermaid;
  const seed = ${JSON.stringify(seed)};
  // Strict: no HTML labels or scripts from diagram text. A directive can never change these keys
  // (the renderer also refuses sources that hold a directive at all).
  mermaid.initialize({ startOnLoad: false, deterministicIds: true, deterministicIDSeed: seed, securityLevel: 'strict',
    secure: ['secure', 'securityLevel', 'startOnLoad', 'maxTextSize', 'suppressErrorRendering', 'maxEdges', 'themeCSS', 'themeVariables', 'fontFamily', 'altFontFamily', 'theme', 'darkMode', 'htmlLabels', 'dompurifyConfig'] });
  // mulberry32 seeded from FNV-1a of the seed: a fixed random sequence.
  let base = 2166136261;
  for (let i = 0; i < seed.length; i++) base = Math.imul(base ^ seed.charCodeAt(i), 16777619);
  const seeded = () => {
    let state = base >>> 0;
    return () => {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  };
  const container = document.getElementById('container');
  // A fixed clock while rendering: new Date() and Date.now() give FIXED_NOW, other Date
  // calls are the page's own. Gantt draws its today marker (and dates a task with no start)
  // from the clock, so without this a diagram's bytes would change every day. A Proxy, not a
  // subclass, so every date keeps Date.prototype and instanceof Date holds either way.
  const fixedClock = (PageDate) => new Proxy(PageDate, {
    construct: (target, args, newTarget) => Reflect.construct(target, args.length === 0 ? [${FIXED_NOW}] : args, newTarget),
    apply: () => new PageDate(${FIXED_NOW}).toString(),
    get: (target, key) => (key === 'now' ? () => ${FIXED_NOW} : Reflect.get(target, key)),
  });
  window.__docflowRender = async (id, definition) => {
    ${RUN_STATE_RESETS}
    Math.random = seeded();
    const PageDate = window.Date;
    window.Date = fixedClock(PageDate);
    try {
      const { svg: svgText } = await mermaid.render(id, definition, container);
      container.innerHTML = svgText;
      const svg = container.getElementsByTagName('svg')[0];
      svg.style.backgroundColor = ${JSON.stringify(BACKGROUND)};
      return { ok: true, svg: new XMLSerializer().serializeToString(svg) };
    } catch (error) {
      const hash = error && typeof error === 'object' ? error.hash : undefined;
      const loc = hash && hash.loc;
      const message = String((error && (error.str || error.message)) || error);
      // Jison: hash.line is the unexpected token's line (0-based, as in the
      // message); hash.loc spans the token before it, which ends where it starts.
      const parserLine = hash && typeof hash.line === 'number' ? hash.line + 1 : loc && loc.first_line ? loc.first_line : undefined;
      const parserColumn = loc && loc.last_line === parserLine && typeof loc.last_column === 'number' ? loc.last_column + 1 : undefined;
      return { ok: false, message, parserLine, parserColumn };
    } finally {
      window.Date = PageDate;
      container.innerHTML = '';
    }
  };
})()`;
}
