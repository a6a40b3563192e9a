import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { IMPORT_COLUMNS } from '../../shared/jobs';
import { button, field, login, screenshot, visit, useAppAndPhone } from './helpers';

jest.setTimeout(180_000);

/**
 * The federation's console in the H5 build: a 南昌市妇联 staff member publishes a posting and a
 * fair on screen, imports a sheet, follows an intention to 已录用, and sees the figure move on
 * the statistics screen, whose charts are drawn.
 */
describe('the staff console in the H5 build', () => {
  const env = useAppAndPhone();

  const api = async (method: string, path: string, token?: string, body?: unknown) => {
    const res = await fetch(`${env.app.baseUrl}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: await res.json() };
  };

  async function sheet(): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('岗位');
    ws.addRow([...IMPORT_COLUMNS]);
    ws.addRow(['E2E-1', '手工编织工', '南昌巧手合作社', '是', '南昌', '东湖区', '手工/非遗', 2500, 4000, '月', 10, '在家编织。', '手巧。', '在家可做', '2099-12-31', '']);
    ws.addRow(['E2E-2', '保洁员', '南昌洁美', '否', '上海', '浦东', '保洁', 3000, 3500, '月', 2, '打扫。', '勤快。', '', '2099-12-31', '']);
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  const headline = (page: Page, label: string) =>
    page.locator(`.headline__item[aria-label="${label}"] .headline__value`).innerText();

  it('publishes, imports, follows an intention to 已录用 and shows it in the charts', async () => {
    const { page } = env.phone;
    await login(page, env.app, 'staff-nanchang');

    // The console home lists what she can do.
    await visit(page, env.app, '/packages/admin/pages/console/index');
    await button(page, '岗位管理').waitFor();
    await screenshot(page, 'console-01-home');

    // A posting, created on screen; an empty name is caught first, in Chinese.
    await visit(page, env.app, '/packages/admin/pages/posting/index');
    await field(page, '如：家政服务员').waitFor();
    await button(page, '保存').last().click();
    await page.getByText('请填写岗位名称').waitFor();
    await field(page, '如：家政服务员').fill('月嫂（端到端）');
    await field(page, '如：南昌巾帼家政公司').fill('南昌好孕母婴');
    await field(page, '如：东湖区').fill('东湖区');
    await field(page, '如：八一大道 1 号').fill('八一大道 9 号');
    await field(page, '如：3500').fill('6000');
    await field(page, '如：5000').fill('9000');
    await field(page, '每天做什么').fill('照顾产妇和新生儿。');
    await field(page, '对求职者的要求').fill('有月嫂证。');
    await button(page, '保存').last().click();
    await page.locator('.console-ok').filter({ hasText: '已保存' }).waitFor();
    await button(page, '停止招聘').waitFor();
    await screenshot(page, 'console-02-posting');

    // A fair.
    await visit(page, env.app, '/packages/admin/pages/fair/index');
    await field(page, '如：春风行动女性专场招聘会').fill('东湖区女性专场（端到端）');
    await field(page, '如：南昌市妇联').fill('东湖区妇联');
    await field(page, '如：南昌市民中心').fill('东湖区文化馆');
    await field(page, '招聘会的安排').fill('现场面试。');
    await button(page, '保存招聘会').click();
    await page.locator('.console-ok').filter({ hasText: '已保存' }).waitFor();
    await button(page, '取消招聘会').waitFor();
    await screenshot(page, 'console-03-fair');

    // An Excel sheet: one row saved, one reported by row and column.
    await visit(page, env.app, '/packages/admin/pages/import/index');
    await page.locator('input[type="file"]').setInputFiles({
      name: '岗位.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await sheet(),
    });
    await page.getByText('新增 1 个岗位，更新 0 个岗位。').waitFor();
    await page.getByText('第 3 行「城市」：没有这个城市：上海').waitFor();
    await screenshot(page, 'console-04-import');

    // A resident registers an intention for the new posting (through the API, as her phone would).
    const found = await api('GET', `/api/jobs?q=${encodeURIComponent('月嫂（端到端）')}`);
    const jobId = found.body.items[0].id as string;
    const resident = await api('POST', '/api/auth/login', undefined, { code: 'local:resident' });
    const intention = await api('POST', `/api/jobs/${jobId}/intentions`, resident.body.token, { name: '林小芳', phone: '13800000001' });
    expect(intention.status).toBe(201);

    // The statistics before.
    await visit(page, env.app, '/packages/admin/pages/stats/index');
    await page.locator('.headline').waitFor();
    const hiredBefore = Number(await headline(page, '达成就业意向（已录用）'));
    const publishedBefore = Number(await headline(page, '发布的岗位'));
    expect(publishedBefore).toBeGreaterThanOrEqual(2);

    // She follows the intention up to 已录用.
    await visit(page, env.app, `/packages/admin/pages/intentions/index?jobId=${jobId}`);
    const card = page.locator('[aria-label="就业意向 林小芳"]');
    await card.waitFor();
    await button(card, '标为已联系').click();
    await card.locator('.console-status').filter({ hasText: '已联系' }).waitFor();
    await button(page.locator('[aria-label="就业意向 林小芳"]'), '标为面试中').click();
    await page.locator('[aria-label="就业意向 林小芳"] .console-status').filter({ hasText: '面试中' }).waitFor();
    await button(page.locator('[aria-label="就业意向 林小芳"]'), '标为已录用').click();
    await page.locator('[aria-label="就业意向 林小芳"] .console-status').filter({ hasText: '已录用' }).waitFor();
    await screenshot(page, 'console-05-hired');

    // The figure moved, and the charts are drawn on their canvases.
    await visit(page, env.app, '/packages/admin/pages/stats/index');
    await page.locator('.headline').waitFor();
    await page.waitForFunction(
      (before) => {
        const el = document.querySelector('.headline__item[aria-label="达成就业意向（已录用）"] .headline__value');
        return Number(el?.textContent ?? '0') === before + 1;
      },
      hiredBefore,
    );
    await page.locator('.chart[aria-label="每周趋势"][data-drawn="true"]').waitFor();
    await page.locator('.chart[aria-label="招聘会方式"][data-drawn="true"]').waitFor();
    const painted = await page.evaluate(() => {
      const canvas = document.querySelector('.chart[aria-label="每周趋势"] canvas') as HTMLCanvasElement | null;
      const ctx = canvas?.getContext('2d');
      if (!canvas || !ctx) return 0;
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n += 1;
      return n;
    });
    expect(painted).toBeGreaterThan(100);
    await screenshot(page, 'console-06-stats');
  });
});
