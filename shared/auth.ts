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

export const CONSENT_KINDS = ['sensitive-info'] as const;
/** The version of the sensitive-information consent text the client currently shows. */
export const SENSITIVE_INFO_CONSENT_VERSION = '2026-11';

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

export const meResponse = publicUser.extend({
  consents: z.array(consentRecord),
  createdAt: z.string(),
  /** A community worker's community (content/communities.json). */
  communityId: z.string().optional(),
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
