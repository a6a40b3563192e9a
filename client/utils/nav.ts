import Taro from '@tarojs/taro';

export const PAGES = {
  home: '/pages/index/index',
  qa: '/pages/qa/index',
  jobs: '/pages/jobs/index',
  me: '/pages/me/index',
  neutral: '/pages/neutral/index',
  jobDetail: (id: string) => `/packages/jobs/pages/detail/index?id=${encodeURIComponent(id)}`,
  jobApply: (id: string) => `/packages/jobs/pages/apply/index?id=${encodeURIComponent(id)}`,
  fairs: '/packages/jobs/pages/fairs/index',
  fair: (id: string) => `/packages/jobs/pages/fair/index?id=${encodeURIComponent(id)}`,
} as const;

const TAB_PAGES: string[] = [PAGES.home, PAGES.qa, PAGES.jobs, PAGES.me];

function comingSoon() {
  Taro.showToast({ title: '即将上线', icon: 'none' });
}

/**
 * Opens a page; a page another area has not shipped yet shows "即将上线" instead of
 * failing silently.
 */
export async function openPage(url: string): Promise<void> {
  const path = url.split('?')[0];
  try {
    if (TAB_PAGES.includes(path)) await Taro.switchTab({ url: path });
    else await Taro.navigateTo({ url });
  } catch {
    comingSoon();
  }
}

/** Phone numbers: the WeChat dialer in weapp, a `tel:` link in the browser. */
export function callPhone(phoneNumber: string): void {
  if (process.env.TARO_ENV === 'h5') {
    window.location.href = `tel:${phoneNumber}`;
    return;
  }
  Taro.makePhoneCall({ phoneNumber }).catch(() => undefined);
}

/**
 * Leaves at once for a neutral page and drops the page stack, so "back" does not return.
 * A browser keeps its own history, so the H5 build also stacks a few neutral entries
 * on top: pressing back there stays on the neutral page.
 */
export async function quickExit(): Promise<void> {
  await Taro.reLaunch({ url: PAGES.neutral }).catch(() => undefined);
  if (process.env.TARO_ENV === 'h5') {
    for (let i = 0; i < 5; i++) window.history.pushState(window.history.state, '', window.location.href);
  }
}
