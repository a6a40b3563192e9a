import { createEvent } from '../../functions/events/events.service';
import { getUser } from '../../functions/platform/users.store';
import { buttonExactly as button, login, openPhone, screenshot, startApp, visit, type App, type Phone } from './helpers';

jest.setTimeout(180_000);

/**
 * A 普法 talk on the day: a resident finds it from 首页 and signs up without giving her name,
 * the volunteer organiser opens the 签到码 screen at the door, and the resident checks in
 * by typing the code (the H5 build has no scanner). Each person has her own phone.
 */
const TITLE = '社区反家暴讲座';

describe('a 普法 event in the H5 build', () => {
  let app: App;
  let resident: Phone;
  let organiser: Phone;
  let eventId: string;

  beforeAll(async () => {
    app = await startApp();
    const volunteer = await getUser(app.deps, 'demo-volunteer');
    if (!volunteer) throw new Error('demo volunteer missing');
    // Starts in 20 minutes, so check-in (from an hour before) is already open.
    const start = new Date(Date.now() + 20 * 60_000);
    const event = await createEvent(app.deps, volunteer, {
      title: TITLE,
      kind: 'lecture',
      topics: ['dv-protection-order'],
      start: start.toISOString(),
      end: new Date(start.getTime() + 90 * 60_000).toISOString(),
      venue: '滨江社区妇女之家',
      city: 'nanchang',
      district: '东湖区',
      community: 'nc-donghu-1',
      capacity: 30,
      description: '律师讲怎么申请人身安全保护令。',
    });
    eventId = event.id;
    [resident, organiser] = await Promise.all([openPhone(), openPhone()]);
    await login(resident.page, app, 'resident');
    await login(organiser.page, app, 'volunteer');
  });

  afterAll(async () => {
    await Promise.all([resident?.close(), organiser?.close()]);
    await app?.close();
  });

  it('lets a resident find the talk from 首页 and sign up without her name', async () => {
    const { page } = resident;
    await visit(page, app, '/pages/index/index');
    await page.getByText('普法活动', { exact: true }).click();
    const card = page.locator('.event-card', { hasText: TITLE });
    await card.waitFor();
    await screenshot(page, 'events-01-list');
    await card.click();

    await button(page, '我要报名').click();

    await page.locator('.event-pill', { hasText: '已报名' }).waitFor();
    await page.getByText('还剩 29 个名额（共 30 个）').waitFor();
    await screenshot(page, 'events-02-signed-up');
  });

  it('shows the organiser a QR code with its 6 digits on the 签到码 screen', async () => {
    const { page } = organiser;
    await visit(page, app, `/packages/events/pages/detail/index?id=${eventId}`);
    await button(page, '签到码').click();
    await screenshot(page, 'events-03a-code');

    const digits = page.locator('.qr__digits');
    await digits.waitFor();
    await expect(digits.innerText()).resolves.toMatch(/^\d{6}$/);
    expect(await page.locator('.qr__cell.is-on').count()).toBeGreaterThan(100);
    await screenshot(page, 'events-03-code');
  });

  it('checks the resident in with the code she types', async () => {
    const code = (await organiser.page.locator('.qr__digits').innerText()).trim();
    const { page } = resident;

    await page.locator('input[placeholder="6 位数字"]').fill(code);
    await button(page, '签到').click();

    await page.getByText('您已签到，谢谢参加。').waitFor();
    await screenshot(page, 'events-04-checked-in');
    await visit(organiser.page, app, `/packages/events/pages/signups/index?id=${eventId}`);
    await organiser.page.getByText('已签到 1 人', { exact: false }).waitFor();
  });
});
