import { useEffect } from 'react';

/**
 * A small stand-in for @tarojs/taro in jsdom component tests: storage in memory,
 * navigation and dialogs as spies a test can inspect or re-program
 * (`jest.mocked(Taro.request).mockResolvedValueOnce(...)`).
 */
const storage = new Map<string, unknown>();

export interface TaroRequestOptions {
  url: string;
  method?: string;
  data?: unknown;
  header?: Record<string, string>;
}
export interface TaroRequestResult {
  statusCode: number;
  data: unknown;
  header?: Record<string, string>;
}

const ok = <T>(value: T) => jest.fn(async (..._args: unknown[]) => value);

/** Taro's global event bus, as the client uses it (on / off / trigger). */
const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
const eventCenter = {
  on(name: string, fn: (...args: unknown[]) => void) {
    if (!listeners.has(name)) listeners.set(name, new Set());
    listeners.get(name)?.add(fn);
    return eventCenter;
  },
  off(name: string, fn?: (...args: unknown[]) => void) {
    if (fn) listeners.get(name)?.delete(fn);
    else listeners.delete(name);
    return eventCenter;
  },
  trigger(name: string, ...args: unknown[]) {
    for (const fn of [...(listeners.get(name) ?? [])]) fn(...args);
    return eventCenter;
  },
};

const Taro = {
  eventCenter,
  getStorageSync: (key: string): unknown => (storage.has(key) ? storage.get(key) : ''),
  setStorageSync: (key: string, value: unknown): void => {
    storage.set(key, value);
  },
  removeStorageSync: (key: string): void => {
    storage.delete(key);
  },
  clearStorageSync: (): void => storage.clear(),
  request: jest.fn(async (_options: TaroRequestOptions): Promise<TaroRequestResult> => {
    throw new Error('Taro.request was not programmed by this test');
  }),
  showToast: ok({ errMsg: 'showToast:ok' }),
  showModal: ok({ confirm: true, cancel: false }),
  navigateTo: ok({ errMsg: 'navigateTo:ok' }),
  navigateBack: ok({ errMsg: 'navigateBack:ok' }),
  switchTab: ok({ errMsg: 'switchTab:ok' }),
  reLaunch: ok({ errMsg: 'reLaunch:ok' }),
  makePhoneCall: ok({ errMsg: 'makePhoneCall:ok' }),
  login: ok({ code: 'wx-code', errMsg: 'login:ok' }),
  stopPullDownRefresh: ok({ errMsg: 'stopPullDownRefresh:ok' }),
  redirectTo: ok({ errMsg: 'redirectTo:ok' }),
  showLoading: ok({ errMsg: 'showLoading:ok' }),
  hideLoading: ok({ errMsg: 'hideLoading:ok' }),
  showActionSheet: ok({ tapIndex: 0, errMsg: 'showActionSheet:ok' }),
  setNavigationBarTitle: ok({ errMsg: 'setNavigationBarTitle:ok' }),
  requestSubscribeMessage: ok({ errMsg: 'requestSubscribeMessage:ok' }),
};

export default Taro;

const routerParams: { params: Record<string, string>; path?: string } = { params: {} };
export function useRouter() {
  return routerParams;
}
/** What `useRouter().params` returns in the component under test (the page's query). */
export function setRouterParams(params: Record<string, string>): void {
  routerParams.params = params;
}
/** What `useRouter().path` returns (the page's path); unset by default. */
export function setRouterPath(path: string | undefined): void {
  routerParams.path = path;
}
/** Page "load" happens once, when the component mounts. */
export function useLoad(cb: (params: Record<string, string>) => void) {
  useEffect(() => cb(routerParams.params), []);
}
/** Page "show" happens once, when the component mounts. */
export function useDidShow(cb: () => void) {
  useEffect(() => cb(), []);
}
export function useReachBottom(_cb: () => void) {}
export function usePullDownRefresh(_cb: () => void) {}
