import type { Page } from 'playwright-core';
import { button, field, login, openPhone, screenshot, startApp, visit, type App, type Phone } from './helpers';

jest.setTimeout(180_000);

/** Another person takes the phone: the stored sign-in is dropped, then the demo account is chosen. */
async function signInAs(page: Page, app: App, handle: string): Promise<void> {
  await visit(page, app, '/pages/me/index');
  await page.evaluate(() => window.localStorage.clear());
  await login(page, app, handle);
}

describe('Legal Q&A in the H5 build', () => {
  let app: App;
  let phone: Phone;
  const title = '他又打我了，我该怎么办';
  const body = '他昨天又打我，我不敢回家。现在住在朋友家。';
  const reply = '你先住在安全的地方。可以去法院申请人身安全保护令，不收费。';

  beforeAll(async () => {
    app = await startApp();
    phone = await openPhone();
  });

  afterAll(async () => {
    await phone?.close();
    await app?.close();
  });

  it('finds the protection-order article for "老公打我怎么办" as she types', async () => {
    const { page } = phone;
    await visit(page, app, '/pages/qa/index');
    await page.getByText('家庭暴力', { exact: true }).waitFor();
    await screenshot(page, 'qa-01-topics');

    await field(page, '说说您遇到的事，如：老公打我怎么办').fill('老公打我怎么办');
    const hit = page.locator('.qa-home__result', { hasText: '人身安全保护令' }).first();
    await hit.waitFor();
    await screenshot(page, 'qa-02-search');

    await hit.click();
    await page.locator('.qa-article__summary').waitFor();
    await page.getByText('《反家庭暴力法》第二十三条').waitFor();
    await expect(page.getByText('具体怎么做').isVisible()).resolves.toBe(true);
    await screenshot(page, 'qa-03-article');
  });

  it('offers to ask a volunteer lawyer when nothing is found', async () => {
    const { page } = phone;
    await visit(page, app, '/pages/qa/index');
    await field(page, '说说您遇到的事，如：老公打我怎么办').fill('qwxzk');
    await page.getByText('没有找到相关的内容').waitFor();
    await expect(button(page, '向志愿律师提问').first().isVisible()).resolves.toBe(true);
  });

  it('lets a resident consent, ask an urgent question and see the safety card at once', async () => {
    const { page } = phone;
    await signInAs(page, app, 'resident');
    await visit(page, app, '/packages/qa/pages/article/index?id=dv-protection-order-1');
    await button(page, '没解决？向志愿律师提问').click();

    // The separate consent comes first, in plain words.
    await page.getByText('只给接手的志愿律师看').waitFor();
    await screenshot(page, 'qa-04-consent');
    await button(page, '同意并继续').click();

    // The schema's message shows when the title is left empty.
    await button(page, '提交问题').click();
    await page.getByText('请填写问题').first().waitFor();

    await field(page, '如：他打我，我能申请保护令吗').fill(title);
    await field(page, '发生了什么、多久了、您想怎么办。不用写名字和住址。').fill(body);
    await page.getByText(`${body.length}/2000`).waitFor();
    await expect(page.getByRole('switch', { name: '匿名提问' }).getAttribute('aria-checked')).resolves.toBe('true');
    await screenshot(page, 'qa-05-ask');
    await button(page, '提交问题').click();

    const safety = page.getByRole('alert', { name: '安全提醒' });
    await safety.waitFor();
    await expect(safety.getByRole('button', { name: /拨打 110/ }).isVisible()).resolves.toBe(true);
    await expect(safety.getByRole('button', { name: /拨打 12338/ }).isVisible()).resolves.toBe(true);
    await page.getByText('志愿律师接手后会通知您。').waitFor();
    await screenshot(page, 'qa-06-safety');
  });

  it('lets the demo volunteer claim the urgent question from the queue and reply', async () => {
    const { page } = phone;
    await signInAs(page, app, 'volunteer');
    await page.getByText('志愿者工作台').click();
    await page.getByText('问题队列：去接手新问题').click();

    // Urgent questions come first; hers is among them.
    const items = page.locator('.qa-queue-item');
    await items.first().waitFor();
    await expect(items.first().innerText()).resolves.toContain('紧急');
    const urgentFlags = await items.evaluateAll((els) => els.map((e) => (e.textContent ?? '').includes('紧急')));
    expect(urgentFlags).toEqual([...urgentFlags].sort((a, b) => Number(b) - Number(a)));
    const hers = items.filter({ hasText: title });
    await expect(hers.innerText()).resolves.toContain('紧急');
    await screenshot(page, 'qa-07-queue');

    await button(hers, '接手回答').click();
    await page.getByText('居民的问题').waitFor();
    await page.getByText('提问人：匿名居民').waitFor();
    await field(page, '用简单的话回答，告诉她下一步做什么').fill(reply);
    await button(page, '发送').click();
    await page.locator('.qa-thread__bubble--mine', { hasText: reply }).waitFor();
    await screenshot(page, 'qa-08-volunteer-reply');

    // The workbench lists it under 我接手的问题.
    await visit(page, app, '/packages/volunteer/pages/workbench/index');
    await page.locator('.qa-question-row', { hasText: title }).waitFor();
  });

  it('shows the resident the reply in her thread and takes her feedback', async () => {
    const { page } = phone;
    await signInAs(page, app, 'resident');
    await visit(page, app, '/packages/qa/pages/my-questions/index');
    // 隐私模式 is on once she has asked: the titles show after 显示.
    await button(page, /^\s*显示\s*$/).click();
    const row = page.locator('.qa-question-row', { hasText: title });
    await row.waitFor();
    await expect(row.innerText()).resolves.toContain('律师在回答');
    await page.getByText('您的咨询有新回复').first().waitFor();
    await screenshot(page, 'qa-09-my-questions');

    await row.click();
    await page.locator('.qa-thread__bubble', { hasText: reply }).waitFor();
    await page.getByText('接手的志愿律师：陈律师').waitFor();
    await button(page, '有帮助').click();
    await page.getByText('您评价了：有帮助').waitFor();
    await screenshot(page, 'qa-10-thread');
  });
});
