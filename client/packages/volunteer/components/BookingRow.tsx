import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import {
  BOOKING_STATUS_LABELS,
  OUTCOMES,
  OUTCOME_LABELS,
  type Outcome,
  type VolunteerSlot,
  type VolunteerSlotBooking,
} from '../../../../shared/bookings';
import { TOPIC_TITLES } from '../../../../shared/topics';
import { bookingsApi } from '../../../api/bookings';
import { errorText } from '../../../api/http';
import Chips from '../../../components/Chips';
import TextField from '../../../components/TextField';
import { appointmentTime, modeLabel, volunteerActions } from '../../../utils/booking';
import ReferralProposal from '../../referral/components/ReferralProposal';
import { confirmDialog } from '../../../utils/confirm';

export type Booked = VolunteerSlot & { booking: VolunteerSlotBooking };

/** After the start: how it went (outcome and minutes), or that she did not come. */
function FinishForm({ slot, onDone }: { slot: Booked; onDone: () => void }) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [minutes, setMinutes] = useState(String(slot.durationMinutes));
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setError('');
    try {
      await action();
      onDone();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const complete = () => {
    const n = Number(minutes);
    if (!outcome) return setError('请选一个咨询结果');
    if (!Number.isInteger(n) || n < 1 || n > 480) return setError('分钟数要在 1 到 480 之间');
    return run(() => bookingsApi.complete(slot.booking.id, { outcome, minutes: n }));
  };

  const noShow = async () => {
    const yes = await confirmDialog({ title: '未到场', content: '确定对方没有来（或没接电话）吗？', confirmText: '确定' });
    if (yes) await run(() => bookingsApi.noShow(slot.booking.id));
  };

  return (
    <View className='finish'>
      <View className='field'>
        <View className='label'>咨询结果</View>
        <Chips label='咨询结果' options={OUTCOMES} value={outcome} onChange={setOutcome} />
      </View>
      <TextField label='用了多少分钟' type='number' value={minutes} maxlength={3} noCounter onInput={setMinutes} />
      {error && <View className='error-text'>{error}</View>}
      <View className='row'>
        <Button className='btn' loading={busy} disabled={busy} onClick={complete}>
          完成
        </Button>
        <Button className='btn plain' disabled={busy} onClick={noShow}>
          未到场
        </Button>
      </View>
    </View>
  );
}

/** One booking on her slot: who, when, what about, and the action it needs now. */
export default function BookingRow({ slot, onCancel, onDone }: { slot: Booked; onCancel: () => void; onDone: () => void }) {
  const b = slot.booking;
  const action = volunteerActions({ start: slot.start, status: b.status }, Date.now());
  return (
    <View className='card vol-booking'>
      <View>
        <Text className='slot-card__who'>{b.resident.displayName}</Text>
        <Text className={`status ${b.status}`}>{BOOKING_STATUS_LABELS[b.status]}</Text>
      </View>
      <View className='slot-card__line'>{appointmentTime(slot.start, slot.end)}</View>
      <View className='slot-card__line'>
        {modeLabel(slot.mode)}
        {slot.location ? ` · ${slot.location.name}` : ''}
      </View>
      <View className='slot-card__line'>想咨询：{TOPIC_TITLES[b.topic]}</View>
      {b.note && <View className='notice'>她的说明：{b.note}</View>}
      {b.outcome && <View className='muted'>结果：{OUTCOME_LABELS[b.outcome]}</View>}
      {action === 'cancel' && (
        <Button className='btn plain' onClick={onCancel}>
          取消这次预约
        </Button>
      )}
      {action === 'finish' && <FinishForm slot={slot} onDone={onDone} />}
      {(b.status === 'booked' || b.status === 'completed') && <ReferralProposal source={{ bookingId: slot.id }} as='volunteer' />}
    </View>
  );
}
