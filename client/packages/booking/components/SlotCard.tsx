import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { PROFESSION_LABELS, type OpenSlot } from '../../../../shared/bookings';
import { TOPIC_TITLES } from '../../../../shared/topics';
import { appointmentTime, clockRange, modeLabel } from '../../../utils/booking';

/** "陈律师" already says 律师: the profession badge would only repeat it. */
function professionBadge(displayName: string, profession: string): string | null {
  return displayName.endsWith(profession) ? null : profession;
}

/**
 * One open slot: when, how, where, and who the volunteer is (public profile only).
 * `withDate` writes the day too (on the booking form, away from the day list).
 */
export default function SlotCard({ slot, children, withDate }: { slot: OpenSlot; children?: ReactNode; withDate?: boolean }) {
  const v = slot.volunteer;
  const badge = professionBadge(v.displayName, PROFESSION_LABELS[v.profession]);
  return (
    <View className='card slot-card'>
      <View>
        <Text className='slot-card__time'>{withDate ? appointmentTime(slot.start, slot.end) : clockRange(slot.start, slot.end)}</Text>
        <Text className='badge women slot-card__mode'>{modeLabel(slot.mode)}</Text>
      </View>
      {slot.location && (
        <View className='slot-card__line'>
          地点：{slot.location.name}（{slot.location.address}）
        </View>
      )}
      <View className='slot-card__who'>
        {v.displayName}
        {badge && <Text className='badge verified'>{badge}</Text>}
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
