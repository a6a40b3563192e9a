import Taro from '@tarojs/taro';

/** Taro's toast, in a module of its own so the H5 first screen need not load it (utils/nav.ts). */
export function showToast(options: Taro.showToast.Option): Promise<TaroGeneral.CallbackResult> {
  return Taro.showToast(options);
}
