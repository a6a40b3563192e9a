import { useCallback, useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Input, Text, View } from '@tarojs/components';
import {
  BOOKING_STATUS_LABELS,
  OUTCOMES,
  OUTCOME_LABELS,
  type Outcome,
  type VolunteerSlot,
  type VolunteerSlotBooking,
} from '../../../../../shared/bookings';
import { DAY_MS } from '../../../../../shared/time';
import { TOPIC_TITLES } from '../../../../../shared/topics';
import { bookingsApi } from '../../../../api/bookings';
import { errorText } from '../../../../api/http';
import HelpStrip from '../../../../components/HelpStrip';
import { useSession } from '../../../../session/SessionContext';
import { appointmentTime, modeLabel, splitUpcoming, volunteerActions } from '../../../../utils/booking';
import { openPage } from '../../../../utils/nav';
import Chips from '../../../booking/components/Chips';
import NeedLogin from '../../../booking/components/NeedLogin';
import ReasonDialog from '../../../booking/components/ReasonDialog';
import { BOOKING_PAGES } from '../../../booking/routes';
import './index.scss';

type Booked = VolunteerSlot & { booking: VolunteerSlotBooking };

const REOPEN_OPTIONS = [
  { id: 'close', label: '我去不了' },
  { id: 'reopen', label: '居民请我代她取消' },
] as const;
type ReopenChoice = (typeof REOPEN_OPTIONS)[number]['id'];

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
    const { confirm } = await Taro.showModal({ title: '未到场', content: '确定对方没有来（或没接电话）吗？', confirmText: '确定' });
    if (confirm) await run(() => bookingsApi.noShow(slot.booking.id));
  };

  return (
    <View className='finish'>
      <View className='field'>
        <View className='label'>咨询结果</View>
        <Chips label='咨询结果' options={OUTCOMES} value={outcome} onChange={setOutcome} />
      </View>
      <View className='field'>
        <View className='label'>用了多少分钟</View>
        <Input className='input' type='number' value={minutes} maxlength={3} onInput={(e) => setMinutes(e.detail.value)} />
      </View>
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

function BookingRow({ slot, onCancel, onDone }: { slot: Booked; onCancel: () => void; onDone: () => void }) {
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
    </View>
  );
}

/** Bookings on her slots: who, what about, and what to do next. */
export default function VolunteerBookings() {
  const { user } = useSession();
  const [items, setItems] = useState<Booked[] | null>(null);
  const [error, setError] = useState('');
  const [cancelling, setCancelling] = useState<Booked | null>(null);
  const [reopen, setReopen] = useState<ReopenChoice>('close');
  const [busy, setBusy] = useState(false);
  const [dialogError, setDialogError] = useState('');

  const load = useCallback(async () => {
    setError('');
    try {
      const slots = await bookingsApi.allMySlots({ from: new Date(Date.now() - 30 * DAY_MS).toISOString() });
      setItems(slots.filter((s): s is Booked => s.booking !== null));
    } catch (e) {
      setItems([]);
      setError(errorText(e));
    }
  }, []);

  useEffect(() => {
    if (user) load();
  }, [user, load]);

  const cancel = async (reason: string) => {
    if (!cancelling) return;
    setBusy(true);
    setDialogError('');
    try {
      await bookingsApi.cancel(cancelling.booking.id, { reason, reopen: reopen === 'reopen' });
      setCancelling(null);
      Taro.showToast({ title: '已取消，已通知对方', icon: 'none' });
      await load();
    } catch (e) {
      setDialogError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const finished = () => {
    Taro.showToast({ title: '已记录', icon: 'success' });
    load();
  };

  const lists = items
    ? splitUpcoming(
        items.map((slot) => ({ start: slot.start, status: slot.booking.status, slot })),
        Date.now(),
      )
    : null;
  // Ones that started but are not finished yet need her action: show them first among the past.
  const past = lists
    ? [...lists.past.filter((x) => x.status === 'booked'), ...lists.past.filter((x) => x.status !== 'booked')]
    : [];

  return (
    <View>
      <HelpStrip />
      <View className='page'>
        <View className='title'>预约列表</View>
        <Button className='btn plain' onClick={() => openPage(BOOKING_PAGES.volunteerSlots)}>
          我的时段
        </Button>
        {!user && <NeedLogin line='请先登录志愿者账号。' />}
        {error && <View className='error-text'>{error}</View>}
        {user && lists === null && <View className='state'>正在加载…</View>}
        {lists && (
          <View>
            <View className='section-title'>还没开始</View>
            {lists.upcoming.length === 0 && <View className='state'>暂时没有人预约。</View>}
            {lists.upcoming.map(({ slot }) => (
              <BookingRow key={slot.id} slot={slot} onCancel={() => setCancelling(slot)} onDone={finished} />
            ))}
            {past.length > 0 && <View className='section-title'>已开始或已结束</View>}
            {past.map(({ slot }) => (
              <BookingRow key={slot.id} slot={slot} onCancel={() => setCancelling(slot)} onDone={finished} />
            ))}
          </View>
        )}
      </View>
      {cancelling && (
        <ReasonDialog
          title='取消这次预约？'
          message='会通知对方。请写上原因。'
          placeholder='例如：临时要出庭'
          confirmText='确定取消'
          required
          busy={busy}
          error={dialogError}
          onConfirm={cancel}
          onClose={() => {
            setCancelling(null);
            setDialogError('');
          }}
        >
          <View className='field'>
            <Chips label='取消的原因' options={REOPEN_OPTIONS} value={reopen} onChange={setReopen} />
            <View className='muted'>
              {reopen === 'reopen' ? '这个时段会重新开放给别人预约。' : '这个时段会关闭，别人不能再约。'}
            </View>
          </View>
        </ReasonDialog>
      )}
    </View>
  );
}
