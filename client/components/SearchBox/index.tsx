import { Input, View } from '@tarojs/components';
import './index.scss';

interface Props {
  value: string;
  placeholder: string;
  onInput: (value: string) => void;
  /** The keyboard's 搜索 key. */
  onConfirm?: () => void;
  maxlength?: number;
  label: string;
}

/** A search box with a magnifier and its text centred in the box (jobs, Q&A). */
export default function SearchBox({ value, placeholder, onInput, onConfirm, maxlength = 50, label }: Props) {
  return (
    <View className='search-box'>
      <View className='search-box__icon' aria-hidden='true' />
      <Input
        className='search-box__input'
        value={value}
        placeholder={placeholder}
        confirmType='search'
        maxlength={maxlength}
        aria-label={label}
        onInput={(e) => onInput(e.detail.value)}
        onConfirm={() => onConfirm?.()}
      />
    </View>
  );
}
