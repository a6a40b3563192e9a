import Taro from '@tarojs/taro';
import type { PublicUser } from '../../shared/auth';
import { hasShape } from './check';

/**
 * The sign-in lives in Taro storage (not in module state), so it survives a reload
 * and every page reads the same value.
 */
const TOKEN_KEY = 'tayuan.token';
const USER_KEY = 'tayuan.user';

export function readToken(): string | null {
  const value: unknown = Taro.getStorageSync(TOKEN_KEY);
  return typeof value === 'string' && value ? value : null;
}

export function readStoredUser(): PublicUser | null {
  if (!readToken()) return null;
  const stored: unknown = Taro.getStorageSync(USER_KEY);
  return isPublicUser(stored) ? stored : null;
}

/** Checked without zod: this file loads with the weapp main package (see http.ts). */
export const isPublicUser = (v: unknown): v is PublicUser =>
  hasShape(v, { id: 'string', role: 'string', displayName: 'string' }) &&
  ['resident', 'volunteer', 'staff', 'worker'].includes((v as PublicUser).role);

export function saveSession(token: string, user: PublicUser): void {
  Taro.setStorageSync(TOKEN_KEY, token);
  Taro.setStorageSync(USER_KEY, user);
}

export function clearSession(): void {
  Taro.removeStorageSync(TOKEN_KEY);
  Taro.removeStorageSync(USER_KEY);
}

/** Fired on Taro's event bus when the server ends the sign-in (401), so every screen drops it. */
export const SESSION_ENDED_EVENT = 'session:ended';

/**
 * The server refused this token (signed out everywhere, account deleted, expired): forget it,
 * unless she has meanwhile signed in again with another one.
 */
export function endSessionIf(token: string): void {
  if (readToken() !== token) return;
  clearSession();
  Taro.eventCenter.trigger(SESSION_ENDED_EVENT);
}
