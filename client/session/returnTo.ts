import Taro from '@tarojs/taro';

/**
 * "登录后回到这里": the page she was on when a page asked her to sign in. Kept in local
 * storage only (never sent anywhere), for a short while, and dropped once used or on
 * sign-out, so an old page does not pop up days later on a shared phone.
 */
const KEY = 'tayuan.returnTo';
const FRESH_MS = 30 * 60 * 1000;

interface Stored {
  url: string;
  at: number;
}

/** The URL of a page from its path and query, without the stamps Taro adds to the query. */
export function pageUrl(path: string, params: Record<string, string | undefined> = {}): string {
  const clean = path.split('?')[0];
  const withSlash = clean.startsWith('/') ? clean : `/${clean}`;
  const pairs = Object.entries(params)
    .filter(([k, v]) => v !== undefined && v !== '' && !k.startsWith('$') && k !== 'stamp')
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`);
  return pairs.length ? `${withSlash}?${pairs.join('&')}` : withSlash;
}

export function rememberReturn(url: string, now = Date.now()): void {
  Taro.setStorageSync(KEY, { url, at: now } satisfies Stored);
}

/** The remembered page, once: reading it forgets it. */
export function takeReturn(now = Date.now()): string | null {
  const value = Taro.getStorageSync(KEY) as Partial<Stored> | '' | undefined;
  Taro.removeStorageSync(KEY);
  if (!value || typeof value !== 'object' || typeof value.url !== 'string' || typeof value.at !== 'number') return null;
  if (now - value.at > FRESH_MS || !value.url.startsWith('/')) return null;
  return value.url;
}

export function forgetReturn(): void {
  Taro.removeStorageSync(KEY);
}
