import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { PROFESSION_LABELS, type OpenSlot } from '../../../../shared/bookings';
import { TOPIC_TITLES } from '../../../../shared/topics';
import { clockRange, modeLabel } from '../../../utils/booking';

/** One open slot: when, how, where, and who the volunteer is (public profile only). */
export default function SlotCard({ slot, children }: { slot: OpenSlot; children?: ReactNode }) {
  const v = slot.volunteer;
  return (
    <View className='card slot-card'>
      <View>
        <Text className='slot-card__time'>{clockRange(slot.start, slot.end)}</Text>
        <Text className='badge women slot-card__mode'>{modeLabel(slot.mode)}</Text>
      </View>
      {slot.location && (
        <View className='slot-card__line'>
          地点：{slot.location.name}（{slot.location.address}）
        </View>
      )}
      <View className='slot-card__who'>
        {v.displayName}
        <Text className='badge verified'>{PROFESSION_LABELS[v.profession]}</Text>
      </View>
      <View className='muted'>{v.organisation}</View>
      <View>
        {v.specialities.map((t) => (
          <Text key={t} className='tag'>
            {TOPIC_TITLES[t]}
          </Text>
        ))}
      </View>
      {children}
    </View>
  );
}
