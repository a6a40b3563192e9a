/**
 * Constants of shared/auth.ts without zod, for the weapp main package (README, perf);
 * shared/auth.ts re-exports them.
 */
export const CONSENT_KINDS = ['sensitive-info'] as const;
/** The version of the sensitive-information consent text the client currently shows. */
export const SENSITIVE_INFO_CONSENT_VERSION = '2026-11';
