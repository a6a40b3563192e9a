import { login, openPhone, screenshot, startApp, visit, type App, type Phone } from './helpers';

jest.setTimeout(120_000);

describe('Spring Breeze jobs in the H5 build', () => {
  let app: App;
  let phone: Phone;

  beforeAll(async () => {
    app = await startApp();
    phone = await openPhone();
  });

  afterAll(async () => {
    await phone?.close();
    await app?.close();
  });

  it('lets a resident find a job in her city, register an intention and see it under 我的', async () => {
    const { page } = phone;

    // Browse: the list shows seeded postings from several cities.
    await visit(page, app, '/pages/jobs/index');
    const cards = page.locator('.job-card');
    await cards.first().waitFor();
    expect(await cards.count()).toBeGreaterThan(1);
    await screenshot(page, 'jobs-01-list');

    // Filter by city: every card left is in 九江.
    await page.getByRole('button', { name: /全部城市/ }).click();
    await page.getByRole('option', { name: '九江' }).click();
    await page.getByRole('button', { name: /九江/ }).waitFor();
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
    await login(page, app, 'resident');
    await visit(page, app, `${postingUrl.pathname}${postingUrl.search}`);
    await page.getByRole('button', { name: '我想报名' }).click();

    // The phone number is checked as she types, with the message from the shared schema.
    await page.getByPlaceholder('如：林女士').fill('林女士');
    const phoneInput = page.getByPlaceholder('11 位手机号码');
    await phoneInput.fill('1380013');
    await phoneInput.blur();
    await page.getByText('请填写 11 位手机号码').waitFor();
    await phoneInput.fill('13800138000');
    await expect(page.getByText('请填写 11 位手机号码').count()).resolves.toBe(0);
    await page.getByPlaceholder('如：方便接电话的时间').fill('工作日下午方便接电话');
    await screenshot(page, 'jobs-04-apply');
    await page.getByRole('button', { name: '提交报名' }).click();
    await page.getByText('报名成功').waitFor();

    // 我的 lists the intention with the posting's title.
    await page.getByRole('button', { name: '查看我的就业意向' }).click();
    const mine = page.locator('.my-intention');
    await mine.first().waitFor();
    await expect(mine.first().innerText()).resolves.toContain(title);
    await screenshot(page, 'jobs-05-mine');
  });

  it('answers 已报名 when she registers for the same posting twice', async () => {
    const { page } = phone;
    await visit(page, app, '/pages/me/index');
    await page.locator('.my-intention [role="link"]').first().click();
    await page.getByRole('button', { name: '我想报名' }).click();
    await page.getByPlaceholder('如：林女士').fill('林女士');
    await page.getByPlaceholder('11 位手机号码').fill('13800138000');
    await page.getByRole('button', { name: '提交报名' }).click();
    await page.getByText('您已经报名过这个岗位了').waitFor();
  });

  it('withdraws an intention after she confirms', async () => {
    const { page } = phone;
    await visit(page, app, '/pages/me/index');
    const mine = page.locator('.my-intention');
    await mine.first().waitFor();
    const before = await mine.count();
    await mine.first().getByRole('button', { name: '撤回' }).click();
    await page.locator('.taro__modal').getByText('撤回', { exact: true }).click();
    await page.getByText('还没有报名过岗位。').or(mine.nth(before - 2)).first().waitFor();
    await expect(mine.count()).resolves.toBe(before - 1);
  });

  it('lists job fairs with their mode and opens a fair with its postings', async () => {
    const { page } = phone;
    await visit(page, app, '/pages/jobs/index');
    await page.getByText('招聘会：线上线下都有').click();
    const fairs = page.locator('.fair-card');
    await fairs.first().waitFor();
    await expect(page.getByText('女性专场').first().isVisible()).resolves.toBe(true);
    await screenshot(page, 'jobs-06-fairs');
    await fairs.first().click();
    await page.getByText(/参会岗位/).waitFor();
    await screenshot(page, 'jobs-07-fair');
  });

  it('leaves for a neutral page at once with 快速离开', async () => {
    const { page } = phone;
    await visit(page, app, '/pages/jobs/index');
    await page.getByRole('button', { name: '快速离开' }).click();
    await page.getByText('生活小贴士').first().waitFor();
    expect(page.url()).toContain('/pages/neutral/index');
  });
});
