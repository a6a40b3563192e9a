import { Button, Text, View } from '@tarojs/components';
import { BOOKING_STATUS_LABELS, type VolunteerSlot } from '../../../../shared/bookings';
import { TOPIC_TITLES } from '../../../../shared/topics';
import { clockRange, modeLabel } from '../../../utils/booking';

/** One of her slots, with the booking on it if someone booked it. */
export default function SlotRow({ slot, onDelete }: { slot: VolunteerSlot; onDelete: () => void }) {
  const b = slot.booking;
  return (
    <View className='card vol-slot'>
      <View>
        <Text className='slot-card__time'>{clockRange(slot.start, slot.end)}</Text>
        <Text className='badge women'>{modeLabel(slot.mode)}</Text>
        <Text className={`status ${slot.status}`}>{slot.status === 'open' ? '可预约' : '已被预约'}</Text>
      </View>
      {slot.location && (
        <View className='slot-card__line'>
          {slot.location.name}（{slot.location.address}）
        </View>
      )}
      {b && (
        <View className='slot-card__line'>
          {b.resident.displayName} · {TOPIC_TITLES[b.topic]} · {BOOKING_STATUS_LABELS[b.status]}
        </View>
      )}
      {slot.status === 'open' && Date.parse(slot.start) > Date.now() && (
        <Button className='btn plain small' onClick={onDelete}>
          删除这个时段
        </Button>
      )}
    </View>
  );
}
