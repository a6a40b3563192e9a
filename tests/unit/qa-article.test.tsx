import { fireEvent, screen, waitFor } from '@testing-library/react';
import { setRouterParams } from '../helpers/taro';
import ArticlePage from '../../client/packages/qa/pages/article';
import { clearSession } from '../../client/api/session';
import { renderSettled, requestMock, signInAs, tap } from '../helpers/client-session';

const article = {
  id: 'dv-warning-letter-3',
  topic: 'dv-warning-letter',
  title: '警察不给他开告诫书，我该怎么办？',
  summary: '没有告诫书，也能申请人身安全保护令。',
  body: '如果你现在有危险，先打110。\n1. 法院驳回的裁定，可以申请复议。',
  basis: [{ law: '反家庭暴力法', article: '第十六条' }],
  updatedAt: '2026-11-29T00:00:00.000Z',
  reviewedBy: '志愿律师',
  reviewedAt: '2026-11-29T00:00:00.000Z',
  terms: [
    { term: '告诫书', explanation: '警察写给打人者的书面警告。' },
    { term: '人身安全保护令', explanation: '法院发的命令，禁止他打你、骚扰你。' },
    { term: '裁定', explanation: '法院在办案中对某件事作出的决定。' },
    { term: '复议', explanation: '请作出裁定的法院重新审查一次。' },
  ],
};

async function openArticle(signedIn: boolean) {
  if (signedIn) signInAs();
  setRouterParams({ id: article.id });
  requestMock.mockResolvedValueOnce({ statusCode: 200, data: article });
  await renderSettled(<ArticlePage />);
  await screen.findByText(article.title);
}

describe('the article screen', () => {
  beforeEach(() => {
    requestMock.mockReset();
    clearSession();
  });

  it('underlines the glossary words and explains one in a sheet when tapped', async () => {
    await openArticle(false);
    const word = screen.getByText('复议');
    expect(word.className).toContain('glossary-term');

    fireEvent.click(word);
    const sheet = screen.getByRole('dialog', { name: '复议是什么意思' });
    expect(sheet.textContent).toContain('请作出裁定的法院重新审查一次。');

    fireEvent.click(screen.getByText('知道了'));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('says when the content was last reviewed, by month', async () => {
    await openArticle(false);
    expect(screen.getByText(/内容更新于 2026年11月/)).toBeTruthy();
  });

  it('sends a report with the chosen reason and her note, then thanks her', async () => {
    await openArticle(true);
    fireEvent.click(screen.getByText('反馈有误'));
    fireEvent.click(screen.getByText('电话或地址不对'));
    fireEvent.change(screen.getByPlaceholderText('哪里不对（可不填）'), { target: { value: '派出所电话变了' } });
    requestMock.mockResolvedValueOnce({
      statusCode: 201,
      data: { id: 'rep-1', articleId: article.id, createdAt: '2026-11-29T03:00:00.000Z' },
    });

    await tap('提交');

    const [call] = requestMock.mock.calls.slice(-1)[0] as [{ url: string; method: string; data: unknown }];
    expect(call.method).toBe('POST');
    expect(call.url).toContain(`/api/qa/articles/${article.id}/report`);
    expect(call.data).toEqual({ reason: 'wrong-contact', note: '派出所电话变了' });
    await waitFor(() => expect(screen.getByText(/谢谢您的反馈/)).toBeTruthy());
  });

  it('asks for a reason and sends nothing without one', async () => {
    await openArticle(true);
    fireEvent.click(screen.getByText('反馈有误'));
    const before = requestMock.mock.calls.length;

    fireEvent.click(screen.getByText('提交'));

    expect(screen.getByText('请选一项')).toBeTruthy();
    expect(requestMock.mock.calls.length).toBe(before);
  });

  it('asks her to sign in before reporting when she is signed out', async () => {
    await openArticle(false);
    fireEvent.click(screen.getByText('反馈有误'));
    expect(screen.getByText('反馈前请先登录。')).toBeTruthy();
  });
});
