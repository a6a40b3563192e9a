import { randomBytes } from 'node:crypto';

/** Services take the time from here so tests can pin it. */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

/** Makes ids; injected so tests can make them predictable when they need to. */
export type IdGen = () => string;

/**
 * Time-ordered, URL-safe ids: 9 base36 chars of milliseconds then 12 random chars,
 * so ids sort by creation time and cannot be guessed.
 */
export const randomId: IdGen = () =>
  Date.now().toString(36).padStart(9, '0') + randomBytes(9).toString('base64url');
