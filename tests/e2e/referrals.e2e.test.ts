import { insertQuestion } from '../../functions/qa/questions.store';
import { buttonExactly as button, login, openPhone, screenshot, startApp, visit, type App, type Phone } from './helpers';

jest.setTimeout(180_000);

/**
 * A referral through its life, each person on her own phone: the volunteer who claimed her
 * question proposes 转介到社区, she accepts on the consent screen choosing her community and
 * what to share, and the community worker claims it and records a call.
 */
const QUESTION_BODY = '他喝酒以后打我，我不敢回娘家。';

describe('referral to the community in the H5 build', () => {
  let app: App;
  let volunteer: Phone;
  let resident: Phone;
  let worker: Phone;
  let staff: Phone;
  const questionId = 'e2e-referral-q1';

  beforeAll(async () => {
    app = await startApp();
    const now = new Date().toISOString();
    await insertQuestion(app.deps, {
      id: questionId,
      askerId: 'demo-resident',
      title: '他又动手了怎么办',
      body: QUESTION_BODY,
      topic: 'dv-protection-order',
      city: 'nanchang',
      anonymous: true,
      urgent: false,
      status: 'claimed',
      createdAt: now,
      updatedAt: now,
      claimedBy: 'demo-volunteer',
      claimedAt: now,
      volunteerRepliedAt: now,
      answeredAt: now,
      helpful: null,
      messageCount: 0,
    });
    [volunteer, resident, worker, staff] = await Promise.all([openPhone(), openPhone(), openPhone(), openPhone()]);
    await login(volunteer.page, app, 'volunteer');
    await login(resident.page, app, 'resident');
    await login(worker.page, app, 'worker');
    await login(staff.page, app, 'staff-donghu');
  });

  afterAll(async () => {
    await Promise.all([volunteer?.close(), resident?.close(), worker?.close(), staff?.close()]);
    await app?.close();
  });

  it('lets the volunteer propose it from the question she claimed', async () => {
    const { page } = volunteer;
    await visit(page, app, `/packages/volunteer/pages/question/index?id=${questionId}`);
    await button(page, '转介到社区').click();
    await button(page, '需要上门了解').click();
    await button(page, '紧急：24 小时内联系').click();
    await screenshot(page, 'referral-01-volunteer-proposes');
    await button(page, '发出建议').click();
    await page.getByText('已建议转介到社区').waitFor();
  });

  it('lets her accept on a consent screen that says what is shared, with whom, and how to withdraw', async () => {
    const { page } = resident;
    await visit(page, app, `/packages/qa/pages/thread/index?id=${questionId}`);
    await button(page, '查看并决定').click();
    await page.getByText('会告诉谁').waitFor();
    await expect(page.getByText('怎么撤回').isVisible()).resolves.toBe(true);
    await button(page, '豫章街道滨江社区').click();
    await button(page, '可以打电话').click();
    await page.locator('input[placeholder="11 位手机号"]').fill('13912345678');
    await page.locator('input[placeholder="例如：工作日上午"]').fill('工作日上午');
    await screenshot(page, 'referral-02-consent');
    await button(page, '同意转介').click();
    await page.getByText('等待社区联系').waitFor();
    await expect(page.getByText('撤回同意').first().isVisible()).resolves.toBe(true);
  });

  it('lets her community worker claim it, see what she shared (not her question) and record a call', async () => {
    const { page } = worker;
    await visit(page, app, '/packages/community/pages/workbench/index');
    await page.getByText('需要上门了解').waitFor();
    await screenshot(page, 'referral-03-workbench');
    await button(page, '认领').first().click();
    await page.getByText('记录一次联系').waitFor();
    await expect(page.getByText('13912345678').isVisible()).resolves.toBe(true);
    await expect(page.content()).resolves.not.toContain(QUESTION_BODY);

    await button(page, '电话').click();
    await button(page, '联系上').click();
    await button(page, '3 天后').click();
    await button(page, '保存记录').click();
    await page.getByText('电话 · 联系上').waitFor();
    await screenshot(page, 'referral-04-visit-recorded');
  });

  it('shows the district staff the figures: one accepted, one contacted in time, one visit', async () => {
    const { page } = staff;
    await visit(page, app, '/packages/community/pages/district/index');
    const donghu = page.locator('.card', { hasText: '联系和回访次数' }).filter({ hasText: '东湖区' });
    await donghu.waitFor();
    const figure = (label: string) => donghu.locator('.referral__figure', { hasText: label }).locator('.referral__number');
    await expect(figure('她同意转介').innerText()).resolves.toBe('1');
    await expect(figure('按时联系上').innerText()).resolves.toBe('1');
    await expect(figure('联系和回访次数').innerText()).resolves.toBe('1');
    await screenshot(page, 'referral-05-district-figures');
  });
});
