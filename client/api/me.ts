import type { MeResponse, Notification } from '../../shared/auth';
import { SENSITIVE_INFO_CONSENT_VERSION } from '../../shared/auth.consts';
import { anything, object, page, type Shape } from './check';
import { request } from './http';

/**
 * The signed-in person's own records. The 我的 tab, the session's refresh and the Screen shell
 * (main package) use this file, so it checks responses with the zod-free guards of check.ts
 * (see http.ts, README perf).
 */

/** The confirmation word DELETE /api/me requires, typed by her. */
export const DELETE_CONFIRM_WORD = '删除';

const ME: Shape = { id: 'string', role: 'string', displayName: 'string', consents: 'array', createdAt: 'string' };
const NOTIFICATION: Shape = { id: 'string', kind: 'string', title: 'string', body: 'string' };
const noContent = anything as { safeParse(data: unknown): { success: boolean; data?: undefined } };

/** The signed-in person's own records: profile, settings, consents, the in-app inbox, her data. */
export const meApi = {
  me: (): Promise<MeResponse> => request({ path: '/api/me', schema: object<MeResponse>(ME) }),
  /** 隐私模式 on or off; the answer may carry the saved preferences or nothing. */
  setDiscreet: (discreet: boolean): Promise<void> =>
    request({ method: 'PATCH', path: '/api/me/preferences', body: { discreet }, schema: anything }).then(() => undefined),
  /** Deletes her account and everything that is hers (204). */
  deleteEverything: (): Promise<undefined> =>
    request({ method: 'DELETE', path: '/api/me', body: { confirm: DELETE_CONFIRM_WORD }, schema: noContent }),
  /** Ends every sign-in issued until now, on every device (204). */
  signOutEverywhere: (): Promise<undefined> =>
    request({ method: 'POST', path: '/api/me/sign-out-everywhere', schema: noContent }),
  /** Records the separate consent to keep sensitive text (a question about her own life). */
  consentToSensitiveInfo: (): Promise<MeResponse> =>
    request({
      method: 'POST',
      path: '/api/me/consents',
      body: { kind: 'sensitive-info', version: SENSITIVE_INFO_CONSENT_VERSION },
      schema: object<MeResponse>(ME),
    }),
  notifications: (cursor?: string | null): Promise<{ items: Notification[]; nextCursor: string | null }> =>
    request({ path: '/api/me/notifications', query: { cursor, limit: 20 }, schema: page<{ items: Notification[]; nextCursor: string | null }>(NOTIFICATION) }),
};

/** Whether she has agreed to the consent text the client shows now (an older version asks again). */
export function hasSensitiveInfoConsent(me: Pick<MeResponse, 'consents'>): boolean {
  return me.consents.some((c) => c.kind === 'sensitive-info' && c.version === SENSITIVE_INFO_CONSENT_VERSION);
}
