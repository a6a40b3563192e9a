import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import PrivacySettings from '../../client/components/PrivacySettings';
import { clearSession, readStoredUser, readToken, saveSession } from '../../client/api/session';
import { SessionProvider, useSession } from '../../client/session/SessionContext';
import { readDiscreet } from '../../client/utils/discreet';

const requestMock = Taro.request as unknown as jest.Mock;

const me = (discreet: boolean) => ({
  id: 'demo-resident',
  role: 'resident',
  displayName: '居民小林',
  createdAt: '2026-11-01T00:00:00.000Z',
  consents: [],
  consentsNeeded: [],
  preferences: { discreet },
});

type Call = { url: string; method?: string; data?: unknown };
const calls = (): Call[] => requestMock.mock.calls.map(([o]) => o as Call);
const sent = (method: string, url: string) => calls().filter((c) => (c.method ?? 'GET') === method && c.url === url);

/** What 我的 shows under the settings: who is signed in, if anyone. */
function WhoIsSignedIn() {
  const { user } = useSession();
  return <span data-testid='who'>{user ? user.displayName : '未登录'}</span>;
}

/** Signed in as 居民小林; the server answers GET /api/me with `discreet` and every other call with `answer`. */
async function renderSettings(discreet: boolean, answer: (c: Call) => { statusCode: number; data?: unknown }) {
  saveSession('tok', { id: 'demo-resident', role: 'resident', displayName: '居民小林' });
  // What this phone remembered last time is the opposite: the server's answer must win.
  Taro.setStorageSync('tayuan.view', { userId: 'demo-resident', discreet: !discreet });
  requestMock.mockImplementation(async (c: Call) => (c.url === '/api/me' && (c.method ?? 'GET') === 'GET' ? { statusCode: 200, data: me(discreet) } : answer(c)));
  await act(async () => {
    render(
      <SessionProvider>
        <PrivacySettings />
        <WhoIsSignedIn />
      </SessionProvider>,
    );
  });
}

const typeInto = (placeholder: string, value: string) =>
  fireEvent.change(screen.getByPlaceholderText(placeholder), { target: { value } });

beforeEach(() => {
  requestMock.mockReset();
  jest.mocked(Taro.showModal).mockResolvedValue({ confirm: true, cancel: false } as never);
  jest.mocked(Taro.reLaunch).mockClear();
  clearSession();
});

describe('我的 → 隐私和安全', () => {
  it('shows 隐私模式 as the server has it, and turns it off with PATCH /api/me/preferences', async () => {
    await renderSettings(true, () => ({ statusCode: 200, data: { discreet: false } }));
    const toggle = screen.getByRole('switch', { name: '隐私模式' });
    expect(toggle.getAttribute('aria-checked')).toBe('true');

    await act(async () => {
      fireEvent.click(toggle);
    });

    expect(sent('PATCH', '/api/me/preferences').map((c) => c.data)).toEqual([{ discreet: false }]);
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    expect(readDiscreet()).toBe(false);
  });

  it('keeps 隐私模式 as it was when the server refuses the change', async () => {
    await renderSettings(true, () => ({ statusCode: 503, data: { error: { code: 'UPSTREAM_UNAVAILABLE', message: 'x' } } }));

    await act(async () => {
      fireEvent.click(screen.getByRole('switch', { name: '隐私模式' }));
    });

    expect(screen.getByRole('switch', { name: '隐私模式' }).getAttribute('aria-checked')).toBe('true');
    expect(readDiscreet()).toBe(true);
  });

  it('explains what is deleted and deletes nothing until she types 删除', async () => {
    await renderSettings(false, () => ({ statusCode: 204 }));
    fireEvent.click(screen.getByText('删除我的全部数据'));

    const dialog = screen.getByRole('dialog', { name: '删除我的全部数据' });
    expect(dialog.textContent).toContain('您提过的问题，和律师之间的全部留言');
    expect(dialog.textContent).toContain('您的预约');
    expect(dialog.textContent).toContain('不能恢复');
    typeInto('输入“删除”', '删');
    await act(async () => {
      fireEvent.click(screen.getByText('确认删除'));
    });

    expect(sent('DELETE', '/api/me')).toHaveLength(0);
    expect(readToken()).toBe('tok');
  });

  it('deletes her data with DELETE /api/me {confirm: "删除"}, signs her out and goes to the home page', async () => {
    await renderSettings(false, () => ({ statusCode: 204 }));
    fireEvent.click(screen.getByText('删除我的全部数据'));
    typeInto('输入“删除”', '删除');

    await act(async () => {
      fireEvent.click(screen.getByText('确认删除'));
    });

    expect(sent('DELETE', '/api/me').map((c) => c.data)).toEqual([{ confirm: '删除' }]);
    expect(readToken()).toBeNull();
    expect(readStoredUser()).toBeNull();
    expect(screen.getByTestId('who').textContent).toBe('未登录');
    expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/pages/index/index' });
  });

  it('keeps her signed in and says why when the deletion fails', async () => {
    await renderSettings(false, () => ({ statusCode: 503, data: { error: { code: 'UPSTREAM_UNAVAILABLE', message: 'x' } } }));
    fireEvent.click(screen.getByText('删除我的全部数据'));
    typeInto('输入“删除”', '删除');

    await act(async () => {
      fireEvent.click(screen.getByText('确认删除'));
    });

    expect(readToken()).toBe('tok');
    expect(screen.getByRole('dialog', { name: '删除我的全部数据' })).toBeTruthy();
    expect(Taro.reLaunch).not.toHaveBeenCalled();
  });

  it('signs out every device, this one too, after she confirms', async () => {
    await renderSettings(false, () => ({ statusCode: 204 }));

    await act(async () => {
      fireEvent.click(screen.getByText('在其他设备退出登录'));
    });

    expect(sent('POST', '/api/me/sign-out-everywhere')).toHaveLength(1);
    expect(readToken()).toBeNull();
    expect(screen.getByTestId('who').textContent).toBe('未登录');
  });

  it('signs out nowhere when she changes her mind', async () => {
    await renderSettings(false, () => ({ statusCode: 204 }));
    jest.mocked(Taro.showModal).mockResolvedValueOnce({ confirm: false, cancel: true } as never);

    await act(async () => {
      fireEvent.click(screen.getByText('在其他设备退出登录'));
    });

    expect(sent('POST', '/api/me/sign-out-everywhere')).toHaveLength(0);
    expect(readToken()).toBe('tok');
  });
});
