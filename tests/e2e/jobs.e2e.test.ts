import { button, confirmModal, field, login, screenshot, visit, useAppAndPhone } from './helpers';

jest.setTimeout(120_000);

describe('Spring Breeze jobs in the H5 build', () => {
  const env = useAppAndPhone();

  it('lets a resident find a job in her city, register an intention and see it under 我的', async () => {
    const { page } = env.phone;

    // Browse: the list shows seeded postings from several cities.
    await visit(page, env.app, '/pages/jobs/index');
    const cards = page.locator('.job-card');
    await cards.first().waitFor();
    expect(await cards.count()).toBeGreaterThan(1);
    await screenshot(page, 'jobs-01-list');

    // Filter by city: every card left is in 九江.
    await button(page, '全部城市').click();
    await page.getByRole('option', { name: '九江' }).click();
    await button(page, '九江').waitFor();
    await page.waitForFunction(() => {
      const places = [...document.querySelectorAll('.job-card .muted')].map((e) => e.textContent ?? '');
      return places.length > 0 && places.every((p) => p.startsWith('九江'));
    });
    await screenshot(page, 'jobs-02-jiujiang');

    // Open a posting.
    const first = cards.first();
    const title = (await first.locator('.job-card__title').innerText()).trim();
    await first.click();
    await page.getByText('做什么').waitFor();
    await expect(page.locator('.title').first().innerText()).resolves.toBe(title);
    const postingUrl = new URL(page.url());
    await screenshot(page, 'jobs-03-detail');

    // Sign in as the demo resident, then come back to the posting by its link.
    await login(page, env.app, 'resident');
    await visit(page, env.app, `${postingUrl.pathname}${postingUrl.search}`);
    await button(page, '我想报名').click();

    // The phone number is checked as she types, with the message from the shared schema.
    await field(page, '如：林女士').fill('林女士');
    const phoneInput = field(page, '11 位手机号码');
    await phoneInput.fill('1380013');
    await phoneInput.blur();
    await page.getByText('请填写 11 位手机号码').waitFor();
    await phoneInput.fill('13800138000');
    await expect(page.getByText('请填写 11 位手机号码').count()).resolves.toBe(0);
    await field(page, '如：方便接电话的时间').fill('工作日下午方便接电话');
    await screenshot(page, 'jobs-04-apply');
    await button(page, '提交报名').click();
    await page.getByText('报名成功').waitFor();

    // 我的 lists the intention with the posting's title.
    await button(page, '查看我的就业意向').click();
    const mine = page.locator('.my-intention');
    await mine.first().waitFor();
    await expect(mine.first().innerText()).resolves.toContain(title);
    await screenshot(page, 'jobs-05-mine');
  });

  it('says 已报名 instead of offering the form again on a posting she registered for', async () => {
    const { page } = env.phone;
    await visit(page, env.app, '/pages/me/index');
    await page.locator('.my-intention [role="link"]').first().click();
    await page.getByText('已报名', { exact: true }).waitFor();
    await expect(button(page, '我想报名').count()).resolves.toBe(0);

    // The form's own address (a link kept from before) says the same.
    const detail = new URL(page.url());
    await visit(page, env.app, `/packages/jobs/pages/apply/index${detail.search}`);
    await page.getByText('已报名', { exact: true }).waitFor();
    await expect(field(page, '如：林女士').count()).resolves.toBe(0);
  });

  it('withdraws an intention after she confirms', async () => {
    const { page } = env.phone;
    await visit(page, env.app, '/pages/me/index');
    const mine = page.locator('.my-intention');
    await mine.first().waitFor();
    const before = await mine.count();
    await button(mine.first(), '撤回').click();
    await confirmModal(page);
    await page.getByText('已撤回').waitFor();
    await expect(mine.count()).resolves.toBe(before - 1);
  });

  it('lists job fairs with their mode and opens a fair with its postings', async () => {
    const { page } = env.phone;
    await visit(page, env.app, '/pages/jobs/index');
    await page.getByText('招聘会：线上线下都有').click();
    const fairs = page.locator('.fair-card');
    await fairs.first().waitFor();
    await expect(page.getByText('女性专场').first().isVisible()).resolves.toBe(true);
    await screenshot(page, 'jobs-06-fairs');
    await fairs.first().click();
    await page.getByText(/参会岗位/).waitFor();
    await screenshot(page, 'jobs-07-fair');
  });

  it('searches by keyword and says so kindly when nothing matches', async () => {
    const { page } = env.phone;
    await visit(page, env.app, '/pages/jobs/index');
    await page.locator('.job-card').first().waitFor();

    await field(page, '搜岗位、公司，如：保洁').fill('保洁');
    await button(page, '搜索').click();
    await page.waitForFunction(() => {
      const titles = [...document.querySelectorAll('.job-card__title')].map((e) => e.textContent ?? '');
      return titles.length > 0 && titles.every((t) => t.includes('保洁'));
    });

    await field(page, '搜岗位、公司，如：保洁').fill('宇航员');
    await button(page, '搜索').click();
    await page.getByText('暂时没有合适的岗位，换个条件试试。').waitFor();
  });

  it('loads more postings when she scrolls to the bottom', async () => {
    const { page } = env.phone;
    await visit(page, env.app, '/pages/jobs/index');
    const cards = page.locator('.job-card');
    await cards.first().waitFor();
    const firstPage = await cards.count();
    expect(firstPage).toBe(20);

    await page.mouse.wheel(0, 100_000);
    await page.waitForFunction((n) => document.querySelectorAll('.job-card').length > n, firstPage);
  });

  it('shows an error with 重试 when the list cannot load, and recovers on retry', async () => {
    // A tab of its own, so no request left over from another test meets the failing route.
    const page = await env.phone.context.newPage();
    let failures = 0;
    await page.route('**/api/jobs?*', async (route) => {
      if (failures++ > 0) return route.fallback();
      const body = { error: { code: 'UPSTREAM_UNAVAILABLE', message: '服务暂时忙，请稍后再试' } };
      return route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify(body) });
    });
    try {
      await visit(page, env.app, '/pages/jobs/index');
      await page.getByText('服务暂时忙，请稍后再试').waitFor();
      await button(page, '重试').click();
      await page.locator('.job-card').first().waitFor();
    } finally {
      await page.close();
    }
  });

  it('leaves for a neutral page at once with 快速离开, and back stays there', async () => {
    const { page } = env.phone;
    await visit(page, env.app, '/pages/jobs/index');
    await page.locator('.job-card').first().waitFor();
    await button(page, '快速离开').click();
    await page.locator('.page .title', { hasText: '生活小贴士' }).waitFor();
    expect(page.url()).toContain('/pages/neutral/index');

    // Someone pressing "back" on her phone does not see where she was.
    await page.goBack();
    await page.goBack();
    await page.locator('.page .title', { hasText: '生活小贴士' }).waitFor();
    expect(page.url()).toContain('/pages/neutral/index');
  });
});
