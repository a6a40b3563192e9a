import { Text, View } from '@tarojs/components';
import './index.scss';

interface Props {
  /** Her records show neutral labels right now. */
  hidden: boolean;
  /** 隐私模式 is on (so, once shown, they can be hidden again). */
  discreet: boolean;
  onReveal: () => void;
  onHide: () => void;
}

/**
 * The line above a discreet list: it says the titles are hidden and offers 显示; once she
 * has looked, 隐藏 puts them away again. Nothing shows when 隐私模式 is off.
 */
export default function RevealBar({ hidden, discreet, onReveal, onHide }: Props) {
  if (!discreet) return null;
  return (
    <View className='reveal-bar'>
      <Text className='reveal-bar__text'>{hidden ? '隐私模式：内容已隐藏' : '隐私模式：内容正在显示'}</Text>
      <View className='reveal-bar__btn' role='button' onClick={hidden ? onReveal : onHide}>
        {hidden ? '显示' : '隐藏'}
      </View>
    </View>
  );
}
