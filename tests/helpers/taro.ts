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

const Taro = {
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
};

export default Taro;

const routerParams: { params: Record<string, string> } = { params: {} };
export function useRouter() {
  return routerParams;
}
/** Page "show" happens once, when the component mounts. */
export function useDidShow(cb: () => void) {
  useEffect(() => cb(), []);
}
export function useReachBottom(_cb: () => void) {}
export function usePullDownRefresh(_cb: () => void) {}
