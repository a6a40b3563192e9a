import type { Page } from 'playwright-core';
import { dateStrip } from '../../client/utils/booking';
import { buttonExactly as button, login, openPhone, screenshot, startApp, visit, type App, type Phone } from './helpers';

jest.setTimeout(180_000);

/**
 * One slot through its life: a volunteer publishes it, a resident books it, another
 * resident no longer sees it, the resident cancels, and the volunteer sees it open again.
 * Each person has her own phone (browser profile). 08:15 is a time no seeded slot uses.
 */
const SLOT_TIME = '08:15-08:45';
const DAY = dateStrip(Date.now(), 14)[10];
const DAY_TAB = `${DAY.name} ${DAY.date}`;

async function openDay(page: Page, app: App): Promise<void> {
  await visit(page, app, '/packages/booking/pages/slots/index');
  await page.getByRole('tab', { name: DAY_TAB }).click();
  await page.waitForFunction(
    (tab) => document.querySelector(`[aria-label="${tab}"]`)?.getAttribute('aria-selected') === 'true',
    DAY_TAB,
  );
  // Every seeded weekday has slots, so a loaded day always shows cards.
  await page.locator('.slot-card').first().waitFor();
}

async function volunteerSlotRow(page: Page, app: App) {
  await visit(page, app, '/packages/volunteer/pages/slots/index');
  const row = page.locator('.vol-slot', { hasText: SLOT_TIME });
  await row.waitFor();
  return row;
}

describe('booking a volunteer lawyer in the H5 build', () => {
  let app: App;
  let volunteer: Phone;
  let resident: Phone;
  let resident2: Phone;
  let staff: Phone;

  beforeAll(async () => {
    app = await startApp();
    [volunteer, resident, resident2, staff] = await Promise.all([openPhone(), openPhone(), openPhone(), openPhone()]);
    await login(volunteer.page, app, 'volunteer');
    await login(resident.page, app, 'resident');
    await login(resident2.page, app, 'resident2');
    await login(staff.page, app, 'staff');
  });

  afterAll(async () => {
    await Promise.all([volunteer?.close(), resident?.close(), resident2?.close(), staff?.close()]);
    await app?.close();
  });

  it('lets a volunteer publish a phone slot at a quarter hour', async () => {
    const { page } = volunteer;
    await visit(page, app, '/packages/volunteer/pages/slots/index');
    await button(page, '添加时段').click();
    await page.locator('.add-slot').getByRole('tab', { name: DAY_TAB }).click();
    await button(page, '8 点').click();
    await button(page, '15 分').click();
    await button(page, '30 分钟').click();
    await button(page.locator('.add-slot'), '电话').click();
    await screenshot(page, 'booking-01-add-slot');
    await button(page, '发布时段').click();

    const row = page.locator('.vol-slot', { hasText: SLOT_TIME });
    await row.waitFor();
    await expect(row.innerText()).resolves.toContain('可预约');
    await screenshot(page, 'booking-02-volunteer-slots');
  });

  it('says plainly when a new slot overlaps one she already has', async () => {
    const { page } = volunteer;
    await button(page, '添加时段').click();
    await page.locator('.add-slot').getByRole('tab', { name: DAY_TAB }).click();
    await button(page, '8 点').click();
    await button(page, '30 分').click();
    await button(page, '发布时段').click();
    await page.getByText('这个时间和您已有的时段重叠了').waitFor();
    await button(page, '收起').click();
  });

  it('lets a resident book it with a topic and a private note, and confirms in Beijing time', async () => {
    const { page } = resident;
    await openDay(page, app);
    const card = page.locator('.slot-card', { hasText: SLOT_TIME });
    await card.waitFor();
    await expect(card.innerText()).resolves.toContain('陈律师');
    await screenshot(page, 'booking-03-slots');
    await button(card, '预约这个时间').click();

    await page.getByText('这段话只有志愿者能看到，并且加密保存。').waitFor();
    // Submitting without a topic is stopped on the page.
    await button(page, '确认预约').click();
    await page.getByText('请选一个想咨询的方面').waitFor();
    await button(page, '人身安全保护令').click();
    await page.getByRole('textbox', { name: '简单写几句，例如：想了解怎么申请保护令' }).fill('想问问保护令怎么申请。');
    await screenshot(page, 'booking-04-form');
    await button(page, '确认预约').click();

    await page.getByText('预约成功').waitFor();
    const confirmation = await page.locator('.booking-done').innerText();
    // Ten days on, the strip names the weekday; the confirmation writes the same one.
    expect(confirmation).toContain(`${DAY.name} ${SLOT_TIME}`);
    expect(confirmation).toContain('志愿者会打电话给您');
    await screenshot(page, 'booking-05-confirmed');
  });

  it('shows the volunteer who booked it, and hides it from a second resident', async () => {
    const row = await volunteerSlotRow(volunteer.page, app);
    await expect(row.innerText()).resolves.toMatch(/已被预约[\s\S]*居民小林/);

    const { page } = resident2;
    await openDay(page, app);
    await expect(page.locator('.slot-card', { hasText: SLOT_TIME }).count()).resolves.toBe(0);
    await screenshot(page, 'booking-06-resident2-gone');
  });

  it('lets the resident cancel with a reason, and the slot opens again for the volunteer', async () => {
    const { page } = resident;
    await visit(page, app, '/packages/booking/pages/my-bookings/index');
    const mine = page.locator('.my-booking', { hasText: SLOT_TIME });
    await mine.waitFor();
    await button(mine, '取消预约').click();
    const dialog = page.getByRole('dialog', { name: '取消这次预约？' });
    await dialog.locator('textarea').fill('那天要上班');
    await screenshot(page, 'booking-07-cancel');
    await button(dialog, '确定取消').click();
    await page.locator('.my-booking', { hasText: SLOT_TIME }).getByText('已取消').waitFor();
    await screenshot(page, 'booking-08-cancelled');

    const row = await volunteerSlotRow(volunteer.page, app);
    await expect(row.innerText()).resolves.toContain('可预约');

    await openDay(resident2.page, app);
    await resident2.page.locator('.slot-card', { hasText: SLOT_TIME }).waitFor();
  });

  it('tells the slower of two residents the slot is taken and sends her back to a fresh list', async () => {
    // resident2 opens the form first; resident books the same slot before resident2 submits.
    await openDay(resident2.page, app);
    await button(resident2.page.locator('.slot-card', { hasText: SLOT_TIME }), '预约这个时间').click();
    await resident2.page.getByText('想咨询什么？（必选）').waitFor();

    await openDay(resident.page, app);
    await button(resident.page.locator('.slot-card', { hasText: SLOT_TIME }), '预约这个时间').click();
    await button(resident.page, '人身安全保护令').click();
    await button(resident.page, '确认预约').click();
    await resident.page.getByText('预约成功').waitFor();

    const { page } = resident2;
    await button(page, '家暴怎么留证据').click();
    await button(page, '确认预约').click();
    const modal = page.locator('.taro__modal');
    await modal.getByText('该时段已被预约，请换一个时间。').waitFor();
    await screenshot(page, 'booking-09-slot-taken');
    await modal.getByText('好的').click();
    await page.locator('.slot-card').first().waitFor();
    await page.waitForFunction((time) => {
      const cards = [...document.querySelectorAll('.slot-card')].filter((c) => (c as HTMLElement).offsetParent !== null);
      return cards.length > 0 && cards.every((c) => !(c.textContent ?? '').includes(time));
    }, SLOT_TIME);
  });

  it('stops a third upcoming booking with the limit message', async () => {
    const { page } = resident;
    await openDay(page, app);
    await button(page.locator('.slot-card').filter({ visible: true }).first(), '预约这个时间').click();
    await button(page, '确认预约').waitFor();
    const first = page.locator('.topic-picker .chips__chip').filter({ visible: true }).first();
    await first.click();
    await button(page, '确认预约').click();
    await page.getByText('您已经有 2 个还没到时间的预约，请先完成或取消一个').waitFor();
    await button(page, '查看我的预约').waitFor();
  });

  it('asks the volunteer for a reason before she cancels a booking', async () => {
    const { page } = volunteer;
    await visit(page, app, '/packages/volunteer/pages/bookings/index');
    const seeded = page.locator('.vol-booking', { hasText: '居民小林' }).first();
    await seeded.waitFor();
    await expect(seeded.innerText()).resolves.toContain('人身安全保护令');
    await screenshot(page, 'booking-10-volunteer-bookings');
    await button(seeded, '取消这次预约').click();
    const dialog = page.getByRole('dialog', { name: '取消这次预约？' });
    await button(dialog, '确定取消').click();
    await dialog.locator('.error-text', { hasText: '请写上原因' }).waitFor();
    await button(dialog, '再想想').click();
    await expect(dialog.count()).resolves.toBe(0);
  });

  it('takes a volunteer application, lets staff reject it with a reason, and shows her why', async () => {
    const { page } = resident2;
    await visit(page, app, '/packages/booking/pages/apply-volunteer/index');
    const box = (placeholder: string) => page.getByRole('textbox', { name: placeholder });
    await box('如：陈静').fill('周敏');
    await button(page, '人民调解员').click();
    await box('数字或字母').fill('TJ-2020-0042');
    await box('如：某某律师事务所').fill('青云谱区人民调解委员会');
    await button(page, '协议离婚').click();
    await button(page, '抚养费').click();
    await button(page, '南昌').click();
    await box('如：东湖区').fill('青云谱区');
    await screenshot(page, 'booking-11-apply');
    await button(page, '提交申请').click();
    await page.getByText('审核中').waitFor();

    await visit(staff.page, app, '/packages/admin/pages/volunteers/index');
    const application = staff.page.locator('.application', { hasText: '周敏' });
    await application.waitFor();
    await expect(application.innerText()).resolves.toContain('TJ-2020-0042');
    await screenshot(staff.page, 'booking-12-admin-volunteers');
    await button(application, '不通过').click();
    const dialog = staff.page.getByRole('dialog');
    await dialog.locator('textarea').fill('请补充调解员证书编号');
    await button(dialog, '确定不通过').click();
    await expect(application.waitFor({ state: 'detached' })).resolves.toBeUndefined();

    await visit(page, app, '/packages/booking/pages/apply-volunteer/index');
    await page.getByText('未通过').waitFor();
    await page.getByText('原因：请补充调解员证书编号').waitFor();
    await screenshot(page, 'booking-13-rejected');

    // Re-applying keeps what she wrote, except the licence number, which she types again.
    await button(page, '重新申请').click();
    await expect(box('如：陈静').inputValue()).resolves.toBe('周敏');
    await box('数字或字母').fill('TJ-2020-0042-A');
    await button(page, '提交申请').click();
    await page.getByText('审核中').waitFor();
  });

  it('shows staff aggregate figures for the last 30 days', async () => {
    const { page } = staff;
    await visit(page, app, '/packages/admin/pages/stats/index');
    const applied = page.locator('.stat-row', { hasText: '志愿者申请' });
    await applied.waitFor();
    expect(Number(await applied.locator('.stat-row__value').innerText())).toBeGreaterThanOrEqual(1);
    const booked = page.locator('.stat-row', { hasText: '预约次数' });
    expect(Number(await booked.locator('.stat-row__value').innerText())).toBeGreaterThanOrEqual(1);
    await screenshot(page, 'booking-14-stats');
  });
});
