import { act, screen } from '@testing-library/react';
import Me from '../../client/pages/me';
import { clearSession, readStoredUser } from '../../client/api/session';
import { aPage } from '../helpers/client-fixtures';
import { renderSettled, requestMock, signInAs } from '../helpers/client-session';

/** 陈律师 signed in as a resident; staff approved her as a volunteer since. */
const APPROVED_SINCE_SIGN_IN = { id: 'demo-volunteer', role: 'resident' as const, displayName: '陈律师' };

const meBody = (role: string) => ({
  id: 'demo-volunteer',
  role,
  displayName: '陈律师',
  createdAt: '2026-11-01T00:00:00.000Z',
  consents: [],
});

const renderMe = () => renderSettled(<Me />);

beforeEach(() => {
  requestMock.mockReset();
  clearSession();
});

describe('我的', () => {
  it('shows the volunteer workbench once the server says she was approved since signing in', async () => {
    signInAs(APPROVED_SINCE_SIGN_IN);
    requestMock.mockImplementation(async ({ url }: { url: string }) =>
      url === '/api/me'
        ? { statusCode: 200, data: meBody('volunteer') }
        : { statusCode: 200, data: aPage([]) },
    );

    await renderMe();

    expect(screen.getByText('志愿者工作台')).toBeTruthy();
    expect(readStoredUser()?.role).toBe('volunteer');
  });

  it('drops back to the sign-in list when the sign-in has expired', async () => {
    signInAs();
    requestMock.mockResolvedValue({ statusCode: 401, data: { error: { code: 'UNAUTHENTICATED', message: '请先登录' } } });

    await renderMe();

    expect(readStoredUser()).toBeNull();
  });

  it('does not bring a sign-in back when she signs out while the profile is loading', async () => {
    signInAs(APPROVED_SINCE_SIGN_IN);
    let answer: (v: unknown) => void = () => undefined;
    requestMock.mockImplementation(({ url }: { url: string }) =>
      url === '/api/me'
        ? new Promise((resolve) => {
            answer = resolve;
          })
        : Promise.resolve({ statusCode: 200, data: aPage([]) }),
    );
    await renderMe();

    clearSession();
    await act(async () => {
      answer({ statusCode: 200, data: meBody('volunteer') });
    });

    expect(readStoredUser()).toBeNull();
  });
});
