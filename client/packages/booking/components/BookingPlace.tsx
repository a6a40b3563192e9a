import { View } from '@tarojs/components';
import type { Booking } from '../../../../shared/bookings';
import { appointmentTime, modeHint, modeLabel } from '../../../utils/booking';

/** Where and how the appointment happens, as she should remember it. */
export default function BookingPlace({
  b,
  hint = true,
}: {
  b: Pick<Booking, 'start' | 'end' | 'mode' | 'location'>;
  /** What to expect on the day; only worth saying while it is still to come. */
  hint?: boolean;
}) {
  return (
    <View>
      <View className='slot-card__time'>{appointmentTime(b.start, b.end)}</View>
      <View className='slot-card__line'>方式：{modeLabel(b.mode)}</View>
      {b.location && <View className='slot-card__line'>地点：{b.location.name}</View>}
      {b.location && <View className='slot-card__line'>地址：{b.location.address}</View>}
      {hint && <View className='notice'>{modeHint(b.mode)}</View>}
    </View>
  );
}
