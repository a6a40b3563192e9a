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

/** The signed-in person's own records: consents and the in-app inbox. */
export const meApi = {
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
