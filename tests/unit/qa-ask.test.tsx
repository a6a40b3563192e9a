import { fireEvent, screen } from '@testing-library/react';
import { clearSession } from '../../client/api/session';
import Ask from '../../client/packages/qa/pages/ask/index';
import { SENSITIVE_INFO_CONSENT_VERSION } from '../../shared/auth';
import { aMe } from '../helpers/client-fixtures';
import { renderInSession, requestMock, signInAs } from '../helpers/client-session';

const me = (consented: boolean) =>
  aMe({ consents: consented ? [{ kind: 'sensitive-info', version: SENSITIVE_INFO_CONSENT_VERSION, givenAt: '2026-11-28T00:00:00.000Z' }] : [] });
const asked = {
  id: 'q-1',
  title: '他又打我了',
  body: '他昨天又打我，我不敢回家。',
  topic: null,
  city: null,
  anonymous: true,
  urgent: true,
  status: 'open',
  createdAt: '2026-11-28T02:00:00.000Z',
  updatedAt: '2026-11-28T02:00:00.000Z',
  claimedAt: null,
  askerName: '居民小林',
  volunteerName: null,
  helpful: null,
  messageCount: 0,
  viewer: 'asker',
};
const safety = {
  message: '如果您现在有危险，请马上打 110 报警。',
  hotlines: [
    { number: '110', label: '有危险，马上报警' },
    { number: '12338', label: '妇女维权公益服务热线' },
  ],
  articles: [],
};

type Call = { url: string; method?: string; data?: unknown };
/** Routes requests by method and path; `ask` decides the answer to POST /api/qa/questions. */
function serve(consented: boolean, ask: () => { statusCode: number; data: unknown }) {
  requestMock.mockImplementation(async ({ url, method }: Call) => {
    if (url.endsWith('/api/me') && (method ?? 'GET') === 'GET') return { statusCode: 200, data: me(consented) };
    if (url.endsWith('/api/me/consents')) return { statusCode: 201, data: me(true) };
    if (url.endsWith('/api/qa/questions') && method === 'POST') return ask();
    return { statusCode: 404, data: { error: { code: 'NOT_FOUND', message: '没有找到这条内容' } } };
  });
}

const renderAsk = () => renderInSession(<Ask />);

async function fillAndSubmit() {
  fireEvent.change(await screen.findByPlaceholderText('如：他打我，我能申请保护令吗'), { target: { value: '他又打我了' } });
  fireEvent.change(screen.getByPlaceholderText('发生了什么、多久了、您想怎么办。不用写名字和住址。'), {
    target: { value: '他昨天又打我，我不敢回家。' },
  });
  fireEvent.click(screen.getByText('提交问题'));
}

describe('the ask page', () => {
  beforeEach(() => {
    requestMock.mockReset();
    clearSession();
    signInAs();
  });

  it('asks for the separate consent first and records it with the current version', async () => {
    serve(false, () => ({ statusCode: 201, data: { question: asked } }));
    renderAsk();

    fireEvent.click(await screen.findByText('同意并继续'));

    await screen.findByText('一句话说说您的问题');
    const consent = requestMock.mock.calls.find(([c]: [Call]) => c.url.endsWith('/api/me/consents'));
    expect(consent?.[0].data).toEqual({ kind: 'sensitive-info', version: SENSITIVE_INFO_CONSENT_VERSION });
  });

  it('shows the safety card with 110 and 12338 at once when the answer carries safety advice', async () => {
    serve(true, () => ({ statusCode: 201, data: { question: asked, safety } }));
    renderAsk();

    await fillAndSubmit();

    await screen.findByRole('alert', { name: '安全提醒' });
    expect(screen.getByRole('button', { name: /拨打 110/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /拨打 12338/ })).toBeTruthy();
    expect(screen.getByText('志愿律师接手后会通知您。')).toBeTruthy();
  });

  it('shows only the confirmation when there is no danger', async () => {
    serve(true, () => ({ statusCode: 201, data: { question: { ...asked, urgent: false } } }));
    renderAsk();

    await fillAndSubmit();

    await screen.findByText('志愿律师接手后会通知您。');
    expect(screen.queryByRole('alert', { name: '安全提醒' })).toBeNull();
  });

  it('says when to come back after the daily limit', async () => {
    serve(true, () => ({ statusCode: 429, data: { error: { code: 'RATE_LIMITED', message: '操作太频繁了' } } }));
    renderAsk();

    await fillAndSubmit();

    await screen.findByText(/今天提问次数用完了/);
  });

  it('shows the message of a rejected text from its code', async () => {
    serve(true, () => ({ statusCode: 422, data: { error: { code: 'CONTENT_REJECTED', message: 'x' } } }));
    renderAsk();

    await fillAndSubmit();

    await screen.findByText('内容里有不能发布的词语，请修改后再提交');
  });

  it('does not send an empty question and shows the schema message instead', async () => {
    serve(true, () => ({ statusCode: 201, data: { question: asked } }));
    renderAsk();

    fireEvent.click(await screen.findByText('提交问题'));

    expect(await screen.findByText('请填写问题')).toBeTruthy();
    expect(screen.getByText('请填写具体情况')).toBeTruthy();
    expect(requestMock.mock.calls.some(([c]: [Call]) => c.url.endsWith('/api/qa/questions'))).toBe(false);
  });
});
