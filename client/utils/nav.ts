import Taro from '@tarojs/taro';
import { isKnownPage, PAGE_PATHS, pageUrl, TAB_PAGE_KEYS } from '../../shared/pages';
import { EXIT_KEY, EXIT_VALUE, NEUTRAL_TITLE } from './exit-mark';

/** Pages of the main package and the jobs area, built from the one shared table (shared/pages.ts). */
export const PAGES = {
  home: PAGE_PATHS.home,
  qa: PAGE_PATHS.qa,
  jobs: PAGE_PATHS.jobs,
  me: PAGE_PATHS.me,
  neutral: PAGE_PATHS.neutral,
  jobDetail: (id: string) => pageUrl('jobDetail', { id }),
  jobApply: (id: string) => pageUrl('jobApply', { id }),
  fairs: PAGE_PATHS.fairs,
  fair: (id: string) => pageUrl('fair', { id }),
} as const;

const TAB_PAGES: ReadonlySet<string> = new Set(TAB_PAGE_KEYS.map((k) => PAGE_PATHS[k]));

export { NEUTRAL_TITLE };

/**
 * Opens a page of the app. A path missing from the shared page table is a bug, never a
 * feature "coming soon": in development it is logged and shown in a dialog at once; in
 * production she is told the page cannot open, and the log says which one. `fresh` empties
 * the page stack first (reLaunch): for the return after sign-in, where the page that sent her
 * away may still sit in the stack and a second copy of it would show under the first.
 */
export async function openPage(url: string, opts: { fresh?: boolean } = {}): Promise<void> {
  const path = url.split('?')[0];
  if (!isKnownPage(url)) {
    pageMissing(path);
    return;
  }
  try {
    if (TAB_PAGES.has(path)) await Taro.switchTab({ url: path });
    else if (opts.fresh) await Taro.reLaunch({ url });
    // WeChat keeps at most ten pages; past that, the newest one is replaced.
    else await Taro.navigateTo({ url }).catch(() => Taro.redirectTo({ url }));
  } catch {
    cannotOpen();
  }
}

/*
 * The two helpers below are plain functions, not async ones: Babel turns an async function
 * into a state machine, where webpack can no longer see a branch is dead (TARO_ENV and
 * NODE_ENV are build-time constants) and would bring Taro's dialogs into the first screen.
 */

function pageMissing(path: string): void {
  console.error(`openPage: ${path} is not in shared/pages.ts`);
  if (process.env.NODE_ENV !== 'production') {
    void Taro.showModal({ title: '页面不存在', content: `${path} 不在 shared/pages.ts 中`, showCancel: false });
  } else {
    cannotOpen();
  }
}

/**
 * 这个页面打不开. On H5 Taro's toast comes with its modal and action sheet in one module
 * (24 KiB): it loads when a page fails to open, not with the first screen (slow-phone bench,
 * README perf).
 */
function cannotOpen(): void {
  const toast = { title: '这个页面打不开，请稍后再试', icon: 'none' as const };
  if (process.env.TARO_ENV === 'h5') void import('./toast').then((m) => m.showToast(toast));
  else void Taro.showToast(toast);
}

/**
 * Phone numbers: the WeChat dialer in weapp, a `tel:` address in the browser. The browser
 * hands `tel:` to the dialer through `window.open`, never by sending this page there: a page
 * sent to `tel:` (location.href, a link, a frame) is left mid-navigation once the dialer takes
 * over, and back in the browser her taps no longer reach any button
 * (tests/e2e/shell.e2e.test.ts, the hotline round trip).
 */
export function callPhone(phoneNumber: string): void {
  if (process.env.TARO_ENV === 'h5') {
    window.open(`tel:${phoneNumber}`, '_blank');
    return;
  }
  Taro.makePhoneCall({ phoneNumber }).catch(() => undefined);
}

/*
 * Quick exit in the browser. A browser keeps every earlier page in its history and cannot
 * erase it, so instead each earlier page refuses to show itself once she has left: the tab
 * carries a mark (sessionStorage, so a new visit in another tab is not affected), and any
 * page of the app that the back button brings back — loaded again or restored from the
 * back/forward cache — hides at once and replaces itself with the neutral page.
 * The key and value (exit-mark.ts) say nothing about what they are for.
 */

function isNeutralPath(pathname: string): boolean {
  return pathname === PAGES.neutral || pathname.startsWith(`${PAGES.neutral}/`);
}

function neutralUrl(): string {
  return `${window.location.origin}${PAGES.neutral}`;
}

function hideAndLeave(): void {
  document.documentElement.style.display = 'none';
  document.title = NEUTRAL_TITLE;
  window.location.replace(neutralUrl());
}

function exitMarked(): boolean {
  try {
    return window.sessionStorage.getItem(EXIT_KEY) === EXIT_VALUE;
  } catch {
    return false;
  }
}

function loadedByBackOrForward(): boolean {
  const [entry] = window.performance?.getEntriesByType?.('navigation') ?? [];
  return (entry as PerformanceNavigationTiming | undefined)?.type === 'back_forward';
}

/**
 * Runs before the app draws anything (imported first by app.ts). A page of the app that the
 * back or forward button brings up after a quick exit replaces itself with the neutral page;
 * opening the app on purpose (a typed address, a link, a bookmark) still works.
 */
export function guardAfterQuickExit(): void {
  if (process.env.TARO_ENV !== 'h5' || typeof window === 'undefined') return;
  // The navigation type first: a normal load never touches sessionStorage before it draws.
  if (loadedByBackOrForward() && exitMarked() && !isNeutralPath(window.location.pathname)) hideAndLeave();
  // A page restored from the back/forward cache runs no scripts again, only `pageshow`.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted && exitMarked() && !isNeutralPath(window.location.pathname)) hideAndLeave();
  });
}

/**
 * Leaves at once for a neutral page. In the mini-program `reLaunch` empties the page stack,
 * so nothing is left to go back to. In the browser the page is wiped first (so no cached copy
 * holds what she typed), then replaced by a fresh load of the neutral page, which also drops
 * every piece of state held in memory; `guardAfterQuickExit` keeps earlier history entries
 * from showing the app again.
 */
export function quickExit(): void {
  if (process.env.TARO_ENV !== 'h5') {
    Taro.reLaunch({ url: PAGES.neutral }).catch(() => undefined);
    return;
  }
  try {
    window.sessionStorage.setItem(EXIT_KEY, EXIT_VALUE);
  } catch {
    // Storage blocked: the page is still wiped and replaced below.
  }
  if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  document.body.innerHTML = '';
  hideAndLeave();
}
