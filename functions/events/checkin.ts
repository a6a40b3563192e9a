import { createHmac, timingSafeEqual } from 'node:crypto';
import { CHECKIN_WINDOW_MINUTES, type CheckinCode } from '../../shared/events';
import { MINUTE_MS } from '../../shared/time';
import type { Config } from '../platform/config';

const WINDOW_MS = CHECKIN_WINDOW_MINUTES * MINUTE_MS;

/**
 * The check-in key is derived from the configured token secret with its own label, so a
 * check-in code says nothing about tokens and no extra secret has to be deployed.
 */
const checkinKey = (config: Pick<Config, 'tokenSecret'>) =>
  createHmac('sha256', config.tokenSecret).update('event-checkin-code/v1').digest();

const windowOf = (now: Date) => Math.floor(now.getTime() / WINDOW_MS);

/** Six digits from HMAC(event id, 10-minute window): nothing is stored, and another event's code never matches. */
function codeFor(config: Pick<Config, 'tokenSecret'>, eventId: string, window: number): string {
  const mac = createHmac('sha256', checkinKey(config)).update(`${eventId}:${window}`).digest();
  return String(mac.readUInt32BE(0) % 1_000_000).padStart(6, '0');
}

/** The code the organiser's screen shows now, and when the screen must fetch the next one. */
export function currentCheckinCode(config: Pick<Config, 'tokenSecret'>, eventId: string, now: Date): CheckinCode {
  const w = windowOf(now);
  return {
    code: codeFor(config, eventId, w),
    validFrom: new Date(w * WINDOW_MS).toISOString(),
    validUntil: new Date((w + 1) * WINDOW_MS).toISOString(),
  };
}

/** Only the current window's code is accepted: an older code (a photo passed around) is expired. */
export function isValidCheckinCode(config: Pick<Config, 'tokenSecret'>, eventId: string, code: string, now: Date): boolean {
  const expected = Buffer.from(codeFor(config, eventId, windowOf(now)));
  const given = Buffer.from(code);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
