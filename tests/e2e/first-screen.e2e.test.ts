import type { Page } from 'playwright-core';
import { EXIT_KEY, EXIT_VALUE } from '../../client/utils/exit-mark';
import { HELP_LINES } from '../../client/components/HelpStrip/lines';
import { SERVICES } from '../../client/pages/index/services';
import { button, useAppAndPhone, visit } from './helpers';

jest.setTimeout(120_000);

const SCRIPTS = /\/js\/.*\.js$/;
const NEUTRAL_PATH = '/pages/neutral/index';

/** As on a phone whose network has not brought the app's scripts yet: none of them load. */
async function withoutScripts(page: Page, run: () => Promise<void>): Promise<void> {
  await page.route(SCRIPTS, (r) => r.abort());
  try {
    await run();
  } finally {
    await page.unroute(SCRIPTS);
  }
}

/**
 * The home's HTML first screen (client/pages/index/first-screen.html.ts): what it shows before
 * the app's scripts have run, that it works without them, that it gives way to the app, and that
 * it shows nowhere but the home.
 */
describe("the home's first screen in index.html", () => {
  const env = useAppAndPhone();

  it('shows the home before any script runs: the services as links and the help numbers', async () => {
    const { page } = env.phone;
    await withoutScripts(page, async () => {
      await page.goto(`${env.app.baseUrl}/`);
      const cards = page.locator('#first-screen .home__service');
      expect(await cards.count()).toBe(SERVICES.length);
      for (const [i, s] of SERVICES.entries()) {
        await expect(cards.nth(i).innerText()).resolves.toContain(s.title);
        expect(await cards.nth(i).getAttribute('href')).toBe(s.url);
      }
      await button(page, '求助电话').tap();
      for (const line of HELP_LINES) expect(await page.locator(`#first-screen [aria-label="拨打 ${line.number} ${line.name}"]`).isVisible()).toBe(true);
      // A number opens the dialer as the app's strip does (window.open of tel:), and her taps
      // still work when she comes back (a page sent to tel: itself would drop them).
      await page.locator('#first-screen [aria-label="拨打 110 报警"]').tap();
      await page.waitForTimeout(500);
      await page.evaluate(() => {
        const w = window as unknown as { __opened: string[] };
        w.__opened = [];
        window.open = (url?: string | URL) => (w.__opened.push(String(url)), null);
      });
      await page.locator('#first-screen [aria-label="拨打 12338 妇女维权热线"]').tap();
      expect(await page.evaluate(() => (window as unknown as { __opened: string[] }).__opened)).toEqual(['tel:12338']);
      await button(page, '收起电话').tap({ timeout: 5_000 });
      expect(await page.locator('#first-screen .help-strip__card').isVisible()).toBe(false);
      // A card is a plain link: it opens the page even before the app runs.
      await cards.first().tap();
      await page.waitForURL((url) => url.pathname === SERVICES[0].url);
    });
  });

  it('leaves with 快速离开 before the app runs, and the back button does not show the home again', async () => {
    const { page } = env.phone;
    await withoutScripts(page, async () => {
      await page.goto(`${env.app.baseUrl}/pages/index/index`);
      await page.goto(`${env.app.baseUrl}/`);
      await button(page, '快速离开').tap();
      await page.waitForURL((url) => url.pathname === NEUTRAL_PATH);
      expect(await page.evaluate((key) => sessionStorage.getItem(key), EXIT_KEY)).toBe(EXIT_VALUE);
      // Back to the home she opened before: loaded again, the copy stays in its template (and
      // with no script of the app to leave again, the page stays empty); restored from the
      // browser's cache, the copy leaves for the neutral page by itself.
      await page.goBack();
      await page.waitForLoadState('load');
      await page.waitForTimeout(300);
      const text = await page.evaluate(() => (getComputedStyle(document.documentElement).display === 'none' ? '' : document.body.innerText));
      expect(text).not.toContain('她援');
      expect(text).not.toContain('快速离开');
    });
  });

  it('leaves again when the back button restores the copy from the browser cache after a quick exit', async () => {
    const { page } = env.phone;
    await withoutScripts(page, async () => {
      await page.goto(`${env.app.baseUrl}/`);
      await page.locator('#first-screen').waitFor();
      await page.evaluate(([key, value]) => sessionStorage.setItem(key, value), [EXIT_KEY, EXIT_VALUE]);
      // What the browser does when "back" restores a cached page: only `pageshow` runs.
      await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })));
      await page.waitForURL((url) => url.pathname === NEUTRAL_PATH);
    });
    await page.evaluate(() => sessionStorage.clear());
  });

  it('gives way to the app: once the home is drawn there is one copy of it, with the same words', async () => {
    const { page } = env.phone;
    await page.goto(`${env.app.baseUrl}/`);
    await page.locator('.taro_page .home__service').first().waitFor();
    expect(await page.locator('#first-screen').count()).toBe(0);
    expect(await page.locator('.home__service').count()).toBe(SERVICES.length);
    const drawn = await page.locator('.taro_page .screen').innerText();
    const copy = await page.evaluate(() => {
      const t = document.getElementById('first-screen-template') as HTMLTemplateElement;
      const box = document.createElement('div');
      box.append(t.content.cloneNode(true));
      document.body.append(box);
      const text = (box.querySelector('.screen') as HTMLElement).innerText;
      box.remove();
      return text;
    });
    expect(copy).toBe(drawn);
  });

  it('never shows on any other page', async () => {
    const { page } = env.phone;
    await page.addInitScript(() => {
      const w = window as unknown as { __firstScreenSeen: boolean };
      w.__firstScreenSeen = false;
      new MutationObserver(() => {
        if (document.getElementById('first-screen')) w.__firstScreenSeen = true;
      }).observe(document, { subtree: true, childList: true });
    });
    for (const path of ['/pages/qa/index', '/pages/me/index', '/packages/booking/pages/slots/index', NEUTRAL_PATH]) {
      await visit(page, env.app, path);
      await page.waitForLoadState('load');
      expect(await page.evaluate(() => (window as unknown as { __firstScreenSeen: boolean }).__firstScreenSeen)).toBe(false);
    }
    // The same watcher sees it on the home (the check above can fail).
    await page.goto(`${env.app.baseUrl}/pages/index/index`);
    expect(await page.evaluate(() => (window as unknown as { __firstScreenSeen: boolean }).__firstScreenSeen)).toBe(true);
  });
});
