import type { ReactElement } from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { saveSession } from '../../client/api/session';
import { SessionProvider, useSession } from '../../client/session/SessionContext';
import type { PublicUser } from '../../shared/auth';
import { RESIDENT } from './client-fixtures';

/**
 * For component tests in the jest `client` project, where @tarojs/taro is tests/helpers/taro.ts:
 * who is signed in on this phone, the server behind `Taro.request`, and rendering under the session.
 */

/** `Taro.request`, a jest.fn each test programs with the server's answers. */
export const requestMock = Taro.request as unknown as jest.Mock;

/** What the client asked the server, in order. */
export type SentRequest = { url: string; method?: string; data?: unknown; header: Record<string, string> };
export const requestsSent = (): SentRequest[] => requestMock.mock.calls.map(([o]) => o as SentRequest);
export const postsSent = () => requestsSent().filter((o) => o.method === 'POST');

/** Signs `user` in on this phone with the token `tok`, as the sign-in page does. */
export const signInAs = (user: PublicUser = RESIDENT) => saveSession('tok', user);

/** Who the session says is signed in, in `data-testid='who'`, as 我的 shows it. */
export function WhoIsSignedIn() {
  const { user } = useSession();
  return <span data-testid='who'>{user ? user.displayName : '未登录'}</span>;
}

/** Renders `ui` under the app's session, as app.tsx does; returns before any request is answered. */
export const renderInSession = (ui: ReactElement) => render(<SessionProvider>{ui}</SessionProvider>);

/** Renders `ui` under the app's session and waits until the requests it sent on mount are answered. */
export async function renderSettled(ui: ReactElement) {
  await act(async () => {
    renderInSession(ui);
  });
}

/** Taps what shows `text` and waits until what the tap sent is answered. */
export async function tap(text: string) {
  await act(async () => {
    fireEvent.click(screen.getByText(text));
  });
}
