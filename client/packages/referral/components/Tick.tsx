import { View } from '@tarojs/components';

/** A big tick box with its sentence: the whole row is the tap target. */
export default function Tick({ on, onChange, children }: { on: boolean; onChange: (on: boolean) => void; children: string }) {
  return (
    <View className='referral__tick' role='checkbox' aria-checked={on} onClick={() => onChange(!on)}>
      <View className={`referral__box ${on ? 'is-on' : ''}`}>{on ? '✓' : ''}</View>
      <View>{children}</View>
    </View>
  );
}
