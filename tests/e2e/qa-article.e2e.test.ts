import { button, field, login, screenshot, visit, useAppAndPhone } from './helpers';

jest.setTimeout(180_000);

/** The article screen of the second edition: words explained on tap, and 反馈有误 reaching staff. */
describe('an article in the H5 build', () => {
  const env = useAppAndPhone();

  it('explains an underlined word in a sheet and says when the content was reviewed', async () => {
    const { page } = env.phone;
    await visit(page, env.app, '/packages/qa/pages/article/index?id=dv-warning-letter-3');
    await page.getByText('警察不给他开告诫书，我该怎么办？').waitFor();
    await page.getByText(/内容更新于 2026年11月/).waitFor();

    await page.locator('.glossary-term', { hasText: '人身安全保护令' }).first().click();
    const sheet = page.getByRole('dialog', { name: '人身安全保护令是什么意思' });
    await sheet.waitFor();
    await expect(sheet.innerText()).resolves.toContain('禁止他打您');
    await screenshot(page, 'qa-article-01-glossary');
    await button(page, '知道了').click();
    await sheet.waitFor({ state: 'detached' });
  });

  it('takes a resident’s 反馈有误 report and shows it to staff', async () => {
    const { page } = env.phone;
    await login(page, env.app, 'resident');
    await visit(page, env.app, '/packages/qa/pages/article/index?id=dv-warning-letter-3');
    await page.getByText('反馈有误').click();
    await page.getByText('电话或地址不对').click();
    await field(page, '哪里不对（可不填）').fill('派出所的电话换了');
    await button(page, '提交').click();
    await page.getByText(/谢谢您的反馈/).waitFor();

    await visit(page, env.app, '/pages/me/index');
    await page.evaluate(() => window.localStorage.clear());
    await login(page, env.app, 'staff');
    await visit(page, env.app, '/packages/admin/pages/reports/index');
    const card = page.locator('.article-report', { hasText: '警察不给他开告诫书' }).first();
    await card.waitFor();
    await expect(card.innerText()).resolves.toContain('派出所的电话换了');
    await screenshot(page, 'qa-article-02-staff-reports');
  });
});
