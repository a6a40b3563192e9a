import * as z from 'zod';
import { pageOf } from '../../shared/common';
import {
  meResponse,
  notification,
  SENSITIVE_INFO_CONSENT_VERSION,
  type MeResponse,
  type Notification,
} from '../../shared/auth';
import { request } from './http';

const notificationPage = pageOf(notification);

/** The confirmation word DELETE /api/me requires, typed by her. */
export const DELETE_CONFIRM_WORD = '删除';

const noContent = z.undefined();

/** The signed-in person's own records: profile, settings, consents, the in-app inbox, her data. */
export const meApi = {
  me: (): Promise<MeResponse> => request({ path: '/api/me', schema: meResponse }),
  /** 隐私模式 on or off; the answer may carry the saved preferences or nothing. */
  setDiscreet: (discreet: boolean): Promise<void> =>
    request({ method: 'PATCH', path: '/api/me/preferences', body: { discreet }, schema: z.unknown() }).then(() => undefined),
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
      schema: meResponse,
    }),
  notifications: (cursor?: string | null): Promise<{ items: Notification[]; nextCursor: string | null }> =>
    request({ path: '/api/me/notifications', query: { cursor, limit: 20 }, schema: notificationPage }),
};

/** Whether she has agreed to the consent text the client shows now (an older version asks again). */
export function hasSensitiveInfoConsent(me: Pick<MeResponse, 'consents'>): boolean {
  return me.consents.some((c) => c.kind === 'sensitive-info' && c.version === SENSITIVE_INFO_CONSENT_VERSION);
}
