/**
 * A diagram does not change with the day it is rendered on. Gantt reads the
 * clock twice (its today marker, and the start of a task given none), so the
 * page shows a fixed instant while it renders. The test moves the page's own
 * clock between renders, as the real one moves between two CI runs, and
 * renders in browsers started in time zones 25 hours apart.
 */
import { describe, expect, it } from 'vitest';
import { pageAssets } from '../../generators/render/assets.js';
import { launchBrowser } from '../../generators/render/browser.js';
import { prepareMermaidPage } from '../../generators/render/page.js';
import { browserPath, testBrowser } from './support.js';

/** A gantt with the today marker on (the default) and a task after an unknown one, which starts today. */
const GANTT = 'gantt\n title Release\n dateFormat YYYY-MM-DD\n section S\n undated :after nothing, 3d\n dated :d1, 2024-01-01, 2d\n';

/** Page script: the page's clock now reads `iso` (new Date() and Date.now()); dates given a value are unchanged. */
function setPageClock(iso: string): string {
  return `(() => {
  const Real = window.__realDate ??= Date;
  const now = Real.parse(${JSON.stringify(iso)});
  window.Date = new Proxy(Real, {
    construct: (target, args, newTarget) => Reflect.construct(target, args.length === 0 ? [now] : args, newTarget),
    get: (target, key) => (key === 'now' ? () => now : Reflect.get(target, key)),
  });
})()`;
}

describe.skipIf(!testBrowser)('the page clock while rendering', () => {
  it('renders a gantt to the same bytes whatever the time, and gives the page its clock back', async () => {
    const session = await launchBrowser(browserPath());
    try {
      const tab = await session.browser.newPage();
      const page = await prepareMermaidPage(tab, await pageAssets(), 'clock-test');
      const svgs: string[] = [];
      for (const iso of ['2031-03-04T05:06:07Z', '2042-11-12T13:14:15Z']) {
        await tab.evaluate(setPageClock(iso));
        const outcome = await page.render('gantt-clock', GANTT);
        if (!outcome.ok) throw new Error(`gantt did not render: ${outcome.message}`);
        svgs.push(outcome.svg);
        // The clock moved for the page outside the render: the test really changes what gantt would read.
        expect(await tab.evaluate('new Date().toISOString() + " " + new Date(Date.now()).toISOString()')).toBe(
          `${new Date(iso).toISOString()} ${new Date(iso).toISOString()}`,
        );
      }
      expect(svgs[0]).toContain('class="today"');
      expect(svgs[1]).toBe(svgs[0]);
    } finally {
      await session.close();
    }
  });

  it('renders a gantt to the same bytes in any time zone', async () => {
    const svgs: string[] = [];
    for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      const saved = process.env['TZ'];
      process.env['TZ'] = zone;
      let session;
      try {
        session = await launchBrowser(browserPath());
      } finally {
        if (saved === undefined) delete process.env['TZ'];
        else process.env['TZ'] = saved;
      }
      try {
        // The browser really runs in that zone: a plain tab shows it.
        const plain = await session.browser.newPage();
        expect(await plain.evaluate('Intl.DateTimeFormat().resolvedOptions().timeZone')).toBe(zone);
        const page = await prepareMermaidPage(await session.browser.newPage(), await pageAssets(), 'clock-test');
        const outcome = await page.render('gantt-zone', GANTT);
        if (!outcome.ok) throw new Error(`gantt did not render: ${outcome.message}`);
        svgs.push(outcome.svg);
      } finally {
        await session.close();
      }
    }
    expect(svgs[1]).toBe(svgs[0]);
  });
});
