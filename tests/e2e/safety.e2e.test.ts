import type { Page } from 'playwright-core';
import { SENSITIVE_INFO_CONSENT_VERSION } from '../../shared/auth';
import { button, login, openPhone, screenshot, visit, useAppAndPhone } from './helpers';

jest.setTimeout(240_000);

const NEUTRAL_PATH = '/pages/neutral/index';
/** Words that would tell someone looking at her phone what she was doing. */
const APP_WORDS = ['她援', '保护令', '快速离开', '求助电话', '律师', '居民小林', '居民小周', '我的提问', '问答'];

/**
 * What a person looking at the screen sees: nothing while the page is hidden (a page that is
 * not rendered would otherwise report its hidden text), else the rendered text and the title.
 * A page that is mid-navigation has nothing on screen yet.
 */
async function onScreen(page: Page): Promise<string> {
  try {
    return await page.evaluate(() => {
      const hidden = getComputedStyle(document.documentElement).display === 'none';
      return `${document.title}\n${hidden || !document.body ? '' : document.body.innerText}`;
    });
  } catch {
    return '';
  }
}

function expectNothingOfTheApp(text: string, typed: string[]): void {
  for (const word of [...APP_WORDS, ...typed]) expect(text).not.toContain(word);
}

/** After a back press: the blank start page, or the neutral page once it has drawn its tips. */
async function settle(page: Page): Promise<void> {
  await page.waitForURL((url) => url.protocol === 'about:' || url.pathname === NEUTRAL_PATH);
  if (page.url().startsWith('about:')) return;
  await page.locator('.tips__card').first().waitFor();
}

describe('quick exit and discreet lists in the H5 build', () => {
  const env = useAppAndPhone();

  /** Through the API as a phone would: sign in, consent, ask. */
  async function askAs(handle: string, title: string): Promise<void> {
    const post = async (path: string, body: unknown, token?: string) => {
      const res = await fetch(`${env.app.baseUrl}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`${path} answered ${res.status}`);
      return (await res.json()) as Record<string, unknown>;
    };
    const { token } = (await post('/api/auth/login', { code: `local:${handle}` })) as { token: string };
    await post('/api/me/consents', { kind: 'sensitive-info', version: SENSITIVE_INFO_CONSENT_VERSION }, token);
    await post('/api/qa/questions', { title, body: '最近家里的事让我很害怕，想问问怎么办。', anonymous: true }, token);
  }

  it('shows 我的提问 with neutral labels, and her title only after she taps 显示', async () => {
    const canary = '他说要杀了我-canary-3K';
    await askAs('resident', canary);
    const other = await openPhone();
    try {
      const { page } = other;
      await login(page, env.app, 'resident');
      await visit(page, env.app, '/packages/qa/pages/my-questions/index');
      const rows = page.locator('.qa-question-row');
      await rows.first().waitFor();
      await expect(rows.first().innerText()).resolves.toMatch(/^咨询 1 · \d+月\d+日/);
      await expect(page.locator('body').innerText()).resolves.not.toContain(canary);
      await screenshot(page, 'safety-02-discreet-list');

      await button(page, /^\s*显示\s*$/).click();
      await page.locator('.qa-question-row', { hasText: canary }).waitFor();
      await screenshot(page, 'safety-03-revealed');
    } finally {
      await other.close();
    }
  });

  it('leaves no page of the env.app and nothing she typed behind 20 presses of back, and a reload stays neutral', async () => {
    const { page } = env.phone;
    const typed = '他说要杀了我-canary-7Q';
    await login(page, env.app, 'resident2');
    // Within the app, as she would: search, read the article, start a question.
    await visit(page, env.app, '/pages/qa/index');
    await page.locator('input[placeholder*="老公打我怎么办"]').fill('他打我能申请保护令吗');
    await page.locator('.qa-home__result', { hasText: '他打我，我能申请人身安全保护令吗？' }).first().click();
    await page.locator('.qa-article__summary').waitFor();
    await button(page, '没解决？向志愿律师提问').click();
    const titleField = page.locator('input[placeholder*="我能申请保护令吗"]').filter({ visible: true });
    // The separate consent is asked only once per person.
    await Promise.race([titleField.waitFor(), button(page, '同意并继续').waitFor()]);
    if (!(await titleField.isVisible())) await button(page, '同意并继续').click();
    await titleField.fill(typed);

    // Taro keeps the article page (hidden) under the form: tap the strip on screen.
    await button(page, '快速离开').filter({ visible: true }).click();
    await page.waitForURL((url) => url.pathname === NEUTRAL_PATH);
    await page.locator('.tips__card').first().waitFor();
    expectNothingOfTheApp(await onScreen(page), [typed]);
    await screenshot(page, 'safety-01-neutral');

    await page.reload();
    await page.locator('.tips__card').first().waitFor();
    expect(new URL(page.url()).pathname).toBe(NEUTRAL_PATH);
    expectNothingOfTheApp(await onScreen(page), [typed]);

    for (let press = 1; press <= 20; press++) {
      await page.goBack().catch(() => null);
      expectNothingOfTheApp(await onScreen(page), [typed]);
      await settle(page);
      expectNothingOfTheApp(await onScreen(page), [typed]);
    }
  });
  it('still opens the env.app on purpose after a quick exit, and a page restored from the back/forward cache hides itself', async () => {
    const { page } = env.phone;
    // Same tab as the quick exit above: a typed address opens the app as usual.
    await visit(page, env.app, '/pages/qa/index');
    await page.locator('input[placeholder*="老公打我怎么办"]').waitFor();
    expect(new URL(page.url()).pathname).toBe('/pages/qa/index');

    // What the browser does when "back" restores a cached page: only `pageshow` runs.
    await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })));
    await page.waitForURL((url) => url.pathname === NEUTRAL_PATH);
    await page.locator('.tips__card').first().waitFor();
    expectNothingOfTheApp(await onScreen(page), []);
  });

  it('deletes everything of hers from 我的 once she types 删除, signs her out, and her old sign-in no longer works', async () => {
    const own = await openPhone();
    const { page } = own;
    await login(page, env.app, 'resident2');
    const stored = await page.evaluate(() => window.localStorage.getItem('tayuan.token'));
    const token = (JSON.parse(stored ?? '{}') as { data?: string }).data ?? '';
    expect(token).not.toBe('');

    await button(page, /^\s*删除我的全部数据\s*$/).click();
    const dialog = page.getByRole('dialog', { name: '删除我的全部数据' });
    await dialog.getByText('您提过的问题，和律师之间的全部留言').waitFor();
    await dialog.locator('input').fill('删除');
    await screenshot(page, 'safety-04-delete');
    await button(dialog, /^\s*确认删除\s*$/).click();

    await page.waitForURL((url) => url.pathname === '/pages/index/index');
    const me = await fetch(`${env.app.baseUrl}/api/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(me.status).toBe(401);
    await visit(page, env.app, '/pages/me/index');
    await page.getByText('选择演示账号').waitFor();
    await own.close();
  });
});
