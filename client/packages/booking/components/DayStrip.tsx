import { Text, View } from '@tarojs/components';
import type { dateStrip } from '../../../utils/booking';

type StripDay = ReturnType<typeof dateStrip>[number];

/** A row of days to tap (今天, 明天, 周三 …), scrolling sideways. */
export default function DayStrip({ days, day, onPick }: { days: readonly StripDay[]; day: string; onPick: (d: string) => void }) {
  return (
    <View className='date-strip' role='tablist' aria-label='选择日期'>
      {days.map((d) => (
        <View
          key={d.day}
          role='tab'
          aria-selected={d.day === day}
          aria-label={`${d.name} ${d.date}`}
          className={`date-strip__day ${d.day === day ? 'is-on' : ''}`}
          onClick={() => onPick(d.day)}
        >
          <Text className='date-strip__name'>{d.name}</Text>
          <Text className='date-strip__date'>{d.date}</Text>
        </View>
      ))}
    </View>
  );
}
