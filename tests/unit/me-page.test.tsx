import { act, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import Me from '../../client/pages/me';
import { clearSession, readStoredUser, saveSession } from '../../client/api/session';
import { SessionProvider } from '../../client/session/SessionContext';

const requestMock = Taro.request as unknown as jest.Mock;

const meBody = (role: string) => ({
  id: 'demo-volunteer',
  role,
  displayName: '陈律师',
  createdAt: '2026-11-01T00:00:00.000Z',
  consents: [],
});

async function renderMe() {
  await act(async () => {
    render(
      <SessionProvider>
        <Me />
      </SessionProvider>,
    );
  });
}

beforeEach(() => {
  requestMock.mockReset();
  clearSession();
});

describe('我的', () => {
  it('shows the volunteer workbench once the server says she was approved since signing in', async () => {
    saveSession('tok', { id: 'demo-volunteer', role: 'resident', displayName: '陈律师' });
    requestMock.mockImplementation(async ({ url }: { url: string }) =>
      url === '/api/me'
        ? { statusCode: 200, data: meBody('volunteer') }
        : { statusCode: 200, data: { items: [], nextCursor: null } },
    );

    await renderMe();

    expect(screen.getByText('志愿者工作台')).toBeTruthy();
    expect(readStoredUser()?.role).toBe('volunteer');
  });

  it('drops back to the sign-in list when the sign-in has expired', async () => {
    saveSession('tok', { id: 'demo-resident', role: 'resident', displayName: '居民小林' });
    requestMock.mockResolvedValue({ statusCode: 401, data: { error: { code: 'UNAUTHENTICATED', message: '请先登录' } } });

    await renderMe();

    expect(readStoredUser()).toBeNull();
  });

  it('does not bring a sign-in back when she signs out while the profile is loading', async () => {
    saveSession('tok', { id: 'demo-volunteer', role: 'resident', displayName: '陈律师' });
    let answer: (v: unknown) => void = () => undefined;
    requestMock.mockImplementation(({ url }: { url: string }) =>
      url === '/api/me'
        ? new Promise((resolve) => {
            answer = resolve;
          })
        : Promise.resolve({ statusCode: 200, data: { items: [], nextCursor: null } }),
    );
    await renderMe();

    clearSession();
    await act(async () => {
      answer({ statusCode: 200, data: meBody('volunteer') });
    });

    expect(readStoredUser()).toBeNull();
  });
});
