import { act, screen } from '@testing-library/react';
import * as z from 'zod';
import { request } from '../../client/api/http';
import { jobsApi } from '../../client/api/jobs';
import { clearSession, readToken, saveSession } from '../../client/api/session';
import { RESIDENT } from '../helpers/client-fixtures';
import { WhoIsSignedIn, renderSettled, requestMock } from '../helpers/client-session';

const unauthenticated = { statusCode: 401, data: { error: { code: 'UNAUTHENTICATED', message: '请先登录' } } };

beforeEach(() => {
  requestMock.mockReset();
  clearSession();
});

describe('a sign-in the server has ended', () => {
  it('is dropped everywhere when any call answers 401 (signed out on every device, or deleted)', async () => {
    saveSession('old-token', RESIDENT);
    await renderSettled(<WhoIsSignedIn />);
    expect(screen.getByTestId('who').textContent).toBe('居民小林');
    requestMock.mockResolvedValueOnce(unauthenticated);

    await act(async () => {
      await expect(jobsApi.myIntentions()).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    });

    expect(readToken()).toBeNull();
    expect(screen.getByTestId('who').textContent).toBe('未登录');
  });

  it('does not sign out someone who signed in again while the refused call was on its way', async () => {
    saveSession('old-token', RESIDENT);
    let answer: (v: unknown) => void = () => undefined;
    requestMock.mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)));
    const pending = request({ path: '/api/me/intentions', schema: z.unknown() });

    saveSession('new-token', RESIDENT);
    answer(unauthenticated);
    await expect(pending).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });

    expect(readToken()).toBe('new-token');
  });
});
