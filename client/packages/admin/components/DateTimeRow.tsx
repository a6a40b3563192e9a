import { Picker, View } from '@tarojs/components';

/** A Beijing date and a clock time picked side by side (开始 / 结束 of a fair). */
export default function DateTimeRow(props: {
  label: string;
  day: string;
  time: string;
  onDay: (day: string) => void;
  onTime: (time: string) => void;
}) {
  return (
    <View className='console-row'>
      <Picker mode='date' value={props.day} onChange={(e) => props.onDay(String(e.detail.value))}>
        <View className='btn plain small'>
          {props.label} {props.day}
        </View>
      </Picker>
      <Picker mode='time' value={props.time} onChange={(e) => props.onTime(String(e.detail.value))}>
        <View className='btn plain small'>{props.time}</View>
      </Picker>
    </View>
  );
}
