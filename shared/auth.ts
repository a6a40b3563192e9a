import * as z from 'zod';
import { roleSchema } from './common';

export const loginRequest = z.strictObject({
  code: z.string().trim().min(1).max(128),
});
export type LoginRequest = z.infer<typeof loginRequest>;

export const publicUser = z.object({
  id: z.string(),
  role: roleSchema,
  displayName: z.string(),
});
export type PublicUser = z.infer<typeof publicUser>;

export const loginResponse = z.object({ token: z.string(), user: publicUser });
export type LoginResponse = z.infer<typeof loginResponse>;

import { CONSENT_KINDS, SENSITIVE_INFO_CONSENT_VERSION } from './auth.consts';
export { CONSENT_KINDS, SENSITIVE_INFO_CONSENT_VERSION };

export const consentRequest = z.strictObject({
  kind: z.enum(CONSENT_KINDS),
  version: z.string().trim().min(1).max(20),
});
export type ConsentRequest = z.infer<typeof consentRequest>;

export const consentRecord = z.object({
  kind: z.enum(CONSENT_KINDS),
  version: z.string(),
  givenAt: z.string(),
});
export type ConsentRecord = z.infer<typeof consentRecord>;

/** The consent text version the client shows now, per kind; a consent of another version is asked again. */
export const CURRENT_CONSENT_VERSIONS: Record<(typeof CONSENT_KINDS)[number], string> = {
  'sensitive-info': SENSITIVE_INFO_CONSENT_VERSION,
};

export const preferences = z.object({
  /** 隐私模式: lists show neutral labels until she taps 显示. */
  discreet: z.boolean(),
});
export type Preferences = z.infer<typeof preferences>;

export const preferencesRequest = z.strictObject({ discreet: z.boolean() });
export type PreferencesRequest = z.infer<typeof preferencesRequest>;

/** DELETE /api/me: the word typed out, so a stray tap cannot erase an account. */
export const deleteMeRequest = z.strictObject({ confirm: z.literal('删除') });
export type DeleteMeRequest = z.infer<typeof deleteMeRequest>;

export const meResponse = publicUser.extend({
  consents: z.array(consentRecord),
  createdAt: z.string(),
  preferences,
  /** Consents she has not given in the current version (the client asks before it is needed). */
  consentsNeeded: z.array(z.object({ kind: z.enum(CONSENT_KINDS), version: z.string() })),
  /** A community worker's community (content/communities.json). */
  communityId: z.string().optional(),
  /** A staff member's federation unit (shared/org.ts UNITS): what region she sees. */
  unitId: z.string().optional(),
});
export type MeResponse = z.infer<typeof meResponse>;

export const notification = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  createdAt: z.string(),
  read: z.boolean(),
});
export type Notification = z.infer<typeof notification>;
