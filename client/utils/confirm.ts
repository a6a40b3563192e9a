import Taro from '@tarojs/taro';
import { COLORS } from '../styles/colors';

interface Confirm {
  title: string;
  content: string;
  confirmText: string;
  cancelText?: string;
}

/**
 * A yes/no question in the native dialog, in the brand colours (the default green and
 * black of the WeChat dialog look like another app). Resolves true on 确定.
 */
export async function confirmDialog({ title, content, confirmText, cancelText = '再想想' }: Confirm): Promise<boolean> {
  const { confirm } = await Taro.showModal({
    title,
    content,
    confirmText,
    cancelText,
    confirmColor: COLORS.brand,
    cancelColor: COLORS.muted,
  });
  return confirm;
}
