import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
// The jest `client` project maps @tarojs/taro to tests/helpers/taro.ts.
import { setRouterParams } from '../helpers/taro';
import Apply from '../../client/packages/jobs/pages/apply';
import { clearSession, saveSession } from '../../client/api/session';
import { SessionProvider } from '../../client/session/SessionContext';
import { aPosting } from '../helpers/client-fixtures';

const requestMock = Taro.request as unknown as jest.Mock;

const posting = aPosting();

const noIntentions = { statusCode: 200, data: { items: [], nextCursor: null } };

/** The posting and her (empty) list of registrations, whatever order the page asks in. */
function answerReads({ url }: { url: string }) {
  return Promise.resolve(url.startsWith('/api/me/intentions') ? noIntentions : { statusCode: 200, data: posting });
}

const posts = () => requestMock.mock.calls.map(([o]) => o as { method?: string; url: string; data?: unknown }).filter((o) => o.method === 'POST');

async function renderSignedIn() {
  saveSession('tok', { id: 'demo-resident', role: 'resident', displayName: '居民小林' });
  setRouterParams({ id: 'job-7' });
  requestMock.mockImplementation(answerReads);
  render(
    <SessionProvider>
      <Apply />
    </SessionProvider>,
  );
  await screen.findByText('报名：超市收银员');
  await screen.findByText('提交报名');
}

describe('the intention form', () => {
  beforeEach(() => {
    requestMock.mockReset();
    clearSession();
  });

  it('asks her to sign in first when she is not signed in', async () => {
    setRouterParams({ id: 'job-7' });
    requestMock.mockResolvedValue({ statusCode: 200, data: posting });
    await act(async () => {
      render(
        <SessionProvider>
          <Apply />
        </SessionProvider>,
      );
    });
    expect(screen.getByText('报名前请先登录。')).toBeTruthy();
  });

  it('says 已报名 with a way to her registrations instead of the form when she already registered', async () => {
    saveSession('tok', { id: 'demo-resident', role: 'resident', displayName: '居民小林' });
    setRouterParams({ id: 'job-7' });
    const mine = {
      id: 'int-1',
      jobId: 'job-7',
      job: { title: '超市收银员', employerName: '惠民超市' },
      name: '林女士',
      phone: '13800138000',
      message: null,
      status: 'pending',
      createdAt: '2026-11-28T10:00:00.000Z',
    };
    requestMock.mockImplementation(({ url }: { url: string }) =>
      Promise.resolve(url.startsWith('/api/me/intentions') ? { statusCode: 200, data: { items: [mine], nextCursor: null } } : { statusCode: 200, data: posting }),
    );
    await act(async () => {
      render(
        <SessionProvider>
          <Apply />
        </SessionProvider>,
      );
    });

    await screen.findByText('已报名');
    expect(screen.getByText('查看我的就业意向')).toBeTruthy();
    expect(screen.queryByText('提交报名')).toBeNull();
  });

  it('shows the schema message under the phone field once she leaves it', async () => {
    await renderSignedIn();
    const phone = screen.getByPlaceholderText('11 位手机号码');

    fireEvent.change(phone, { target: { value: '1380013' } });
    expect(screen.queryByText('请填写 11 位手机号码')).toBeNull();
    fireEvent.blur(phone);

    expect(screen.getByText('请填写 11 位手机号码')).toBeTruthy();
    fireEvent.change(phone, { target: { value: '13800138000' } });
    expect(screen.queryByText('请填写 11 位手机号码')).toBeNull();
  });

  it('sends nothing while a field is wrong', async () => {
    await renderSignedIn();

    fireEvent.click(screen.getByText('提交报名'));

    expect(screen.getByText('请填写称呼')).toBeTruthy();
    expect(posts()).toHaveLength(0);
  });

  it('posts the trimmed form without an empty message and shows the done card', async () => {
    await renderSignedIn();
    fireEvent.change(screen.getByPlaceholderText('如：林女士'), { target: { value: ' 林女士 ' } });
    fireEvent.change(screen.getByPlaceholderText('11 位手机号码'), { target: { value: '13800138000' } });
    requestMock.mockResolvedValueOnce({
      statusCode: 201,
      data: {
        id: 'int-1',
        jobId: 'job-7',
        job: { title: '超市收银员', employerName: '惠民超市' },
        name: '林女士',
        phone: '13800138000',
        message: null,
        status: 'pending',
        createdAt: '2026-11-28T10:00:00.000Z',
      },
    });

    await act(async () => {
      fireEvent.click(screen.getByText('提交报名'));
    });

    await waitFor(() => expect(screen.getByText('报名成功')).toBeTruthy());
    const [sent] = posts();
    expect(sent).toMatchObject({ method: 'POST', url: '/api/jobs/job-7/intentions' });
    expect(sent.data).toEqual({ name: '林女士', phone: '13800138000' });
  });

  it('shows the Chinese message of a 409 from the API', async () => {
    await renderSignedIn();
    fireEvent.change(screen.getByPlaceholderText('如：林女士'), { target: { value: '林女士' } });
    fireEvent.change(screen.getByPlaceholderText('11 位手机号码'), { target: { value: '13800138000' } });
    requestMock.mockResolvedValueOnce({
      statusCode: 409,
      data: { error: { code: 'ALREADY_APPLIED', message: '您已经报名过这个岗位了' } },
    });

    await act(async () => {
      fireEvent.click(screen.getByText('提交报名'));
    });

    await screen.findByText('您已经报名过这个岗位了');
  });
});
