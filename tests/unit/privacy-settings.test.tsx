import { act, fireEvent, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import PrivacySettings from '../../client/components/PrivacySettings';
import { clearSession, readStoredUser, readToken } from '../../client/api/session';
import { readDiscreet } from '../../client/utils/discreet';
import { aMe } from '../helpers/client-fixtures';
import { WhoIsSignedIn, renderSettled, requestMock, requestsSent, signInAs, tap, type SentRequest } from '../helpers/client-session';

const sent = (method: string, url: string) => requestsSent().filter((c) => (c.method ?? 'GET') === method && c.url === url);

/** Signed in as 居民小林; the server answers GET /api/me with `discreet` and every other call with `answer`. */
async function renderSettings(discreet: boolean, answer: (c: SentRequest) => { statusCode: number; data?: unknown }) {
  signInAs();
  // What this phone remembered last time is the opposite: the server's answer must win.
  Taro.setStorageSync('tayuan.view', { userId: 'demo-resident', discreet: !discreet });
  requestMock.mockImplementation(async (c: SentRequest) =>
    c.url === '/api/me' && (c.method ?? 'GET') === 'GET' ? { statusCode: 200, data: aMe({ preferences: { discreet } }) } : answer(c),
  );
  await renderSettled(
    <>
      <PrivacySettings />
      <WhoIsSignedIn />
    </>,
  );
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
    await tap('确认删除');

    expect(sent('DELETE', '/api/me')).toHaveLength(0);
    expect(readToken()).toBe('tok');
  });

  it('deletes her data with DELETE /api/me {confirm: "删除"}, signs her out and goes to the home page', async () => {
    await renderSettings(false, () => ({ statusCode: 204 }));
    fireEvent.click(screen.getByText('删除我的全部数据'));
    typeInto('输入“删除”', '删除');

    await tap('确认删除');

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

    await tap('确认删除');

    expect(readToken()).toBe('tok');
    expect(screen.getByRole('dialog', { name: '删除我的全部数据' })).toBeTruthy();
    expect(Taro.reLaunch).not.toHaveBeenCalled();
  });

  it('signs out every device, this one too, after she confirms', async () => {
    await renderSettings(false, () => ({ statusCode: 204 }));

    await tap('在其他设备退出登录');

    expect(sent('POST', '/api/me/sign-out-everywhere')).toHaveLength(1);
    expect(readToken()).toBeNull();
    expect(screen.getByTestId('who').textContent).toBe('未登录');
  });

  it('signs out nowhere when she changes her mind', async () => {
    await renderSettings(false, () => ({ statusCode: 204 }));
    jest.mocked(Taro.showModal).mockResolvedValueOnce({ confirm: false, cancel: true } as never);

    await tap('在其他设备退出登录');

    expect(sent('POST', '/api/me/sign-out-everywhere')).toHaveLength(0);
    expect(readToken()).toBe('tok');
  });
});
