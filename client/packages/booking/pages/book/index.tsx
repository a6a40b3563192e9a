import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, View } from '@tarojs/components';
import { bookingCreateRequest, type Booking, type OpenSlot } from '../../../../../shared/bookings';
import type { TopicId } from '../../../../../shared/topics';
import { bookingsApi } from '../../../../api/bookings';
import { ApiError, errorText } from '../../../../api/http';
import NeedLogin from '../../../../components/NeedLogin';
import Screen, { LoadState } from '../../../../components/Screen';
import TextField from '../../../../components/TextField';
import TopicPicker from '../../../../components/TopicPicker';
import { useLoaded } from '../../../../hooks/useLoaded';
import { COLORS } from '../../../../styles/colors';
import { useSession } from '../../../../session/SessionContext';
import { newIdempotencyKey } from '../../../../utils/booking';
import { myBookedSlots } from '../../../../utils/mine';
import { openPage } from '../../../../utils/nav';
import { zodFieldErrors } from '../../../../utils/validation';
import BookingPlace from '../../components/BookingPlace';
import SlotCard from '../../components/SlotCard';
import { BOOKING_PAGES } from '../../routes';
import '../../booking.scss';

const NOTE_MAX = 500;
const LABELS = { topic: '想咨询的方面', note: '情况说明' };

function goBackToList() {
  Taro.navigateBack().catch(() => openPage(BOOKING_PAGES.slots));
}

/** The booking she made, with its date and time (also when she comes back to a slot she booked). */
function Booked({ b, title }: { b: Booking; title: string }) {
  return (
    <View className='card booking-done'>
      <View className='title'>{title}</View>
      <BookingPlace b={b} />
      <View className='slot-card__line'>志愿者：{b.volunteer.displayName}</View>
      <View className='muted'>不能来的话，请提前 2 小时在“我的预约”里取消。</View>
      <Button className='btn' onClick={() => Taro.redirectTo({ url: BOOKING_PAGES.myBookings })}>
        查看我的预约
      </Button>
      <Button className='btn plain' onClick={goBackToList}>
        返回
      </Button>
    </View>
  );
}

function BookForm({ slot, onDone }: { slot: OpenSlot; onDone: (b: Booking) => void }) {
  const [topic, setTopic] = useState<TopicId | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState('');
  const [noteError, setNoteError] = useState('');
  const [limitHit, setLimitHit] = useState(false);
  const [topicMissing, setTopicMissing] = useState(false);
  const [sending, setSending] = useState(false);
  // One key per form view: a double tap or a retry after a lost answer books only once.
  const [idempotencyKey] = useState(() => newIdempotencyKey());

  const submit = async () => {
    if (!topic) {
      setTopicMissing(true);
      return;
    }
    const parsed = bookingCreateRequest.safeParse({ slotId: slot.id, topic, ...(note.trim() ? { note } : {}) });
    if (!parsed.success) {
      const found = zodFieldErrors(parsed.error, LABELS);
      setNoteError(found.note ?? '');
      setError(found.note ? '' : (Object.values(found)[0] ?? '请检查填写的内容'));
      return;
    }
    setSending(true);
    setError('');
    try {
      onDone(await bookingsApi.book(parsed.data, idempotencyKey));
    } catch (e) {
      if (e instanceof ApiError && e.code === 'SLOT_TAKEN') {
        await Taro.showModal({ title: '没约上', content: `${e.message}，请换一个时间。`, showCancel: false, confirmText: '好的', confirmColor: COLORS.brand });
        goBackToList();
        return;
      }
      setLimitHit(e instanceof ApiError && e.code === 'BOOKING_LIMIT');
      setError(errorText(e));
    } finally {
      setSending(false);
    }
  };

  return (
    <View>
      <SlotCard slot={slot} withDate />
      <View className={`field ${topicMissing ? 'invalid' : ''}`}>
        <View className='label'>想咨询什么？（必选）</View>
        <TopicPicker
          value={topic}
          first={slot.volunteer.specialities}
          firstTitle='这位志愿者擅长'
          onChange={(id) => {
            setTopic(id);
            setTopicMissing(false);
          }}
        />
        {topicMissing && <View className='error-text'>请选一个想咨询的方面</View>}
      </View>
      <TextField
        label='想先说明的情况（可以不填）'
        multiline
        value={note}
        maxlength={NOTE_MAX}
        placeholder='简单写几句，例如：想了解怎么申请保护令'
        error={noteError}
        onInput={(v) => {
          setNote(v);
          setNoteError('');
        }}
      />
      <View className='muted'>这段话只有志愿者能看到，并且加密保存。</View>
      {error && <View className='error-text'>{error}</View>}
      {limitHit && (
        <Button className='btn plain' onClick={() => openPage(BOOKING_PAGES.myBookings)}>
          查看我的预约
        </Button>
      )}
      <Button className='btn' loading={sending} disabled={sending} onClick={submit}>
        确认预约
      </Button>
    </View>
  );
}

interface SlotState {
  slot: OpenSlot | null;
  /** Her own booking of this slot, if she already has one. */
  mine: Booking | null;
}

export default function Book() {
  const params = useRouter().params;
  const slotId = params.slotId ?? '';
  const start = params.start ? decodeURIComponent(params.start) : '';
  const { user } = useSession();
  const [done, setDone] = useState<Booking | null>(null);
  const loaded = useLoaded<SlotState>(
    async () => {
      if (!slotId || !start) return { slot: null, mine: null };
      const [page, booked] = await Promise.all([bookingsApi.openSlots({ from: start, to: start }), myBookedSlots()]);
      return { slot: page.items.find((s) => s.id === slotId) ?? null, mine: booked.get(slotId) ?? null };
    },
    user?.role === 'resident' ? `${slotId}:${user.id}` : null,
  );

  const body = () => {
    if (done) return <Booked b={done} title='预约成功' />;
    if (loaded.loading || loaded.error) return <LoadState {...loaded.load} />;
    const { slot, mine } = loaded.data ?? { slot: null, mine: null };
    if (mine) return <Booked b={mine} title='已预约' />;
    if (!slot) {
      return (
        <View className='card'>
          <View>这个时间已经被约走了，请换一个时间。</View>
          <Button className='btn' onClick={goBackToList}>
            重新选时间
          </Button>
        </View>
      );
    }
    return <BookForm slot={slot} onDone={setDone} />;
  };

  return (
    <Screen title={done ? undefined : '填写预约'}>
      <NeedLogin line='预约前请先登录。' roles={['resident']} roleLine='只有居民账号可以预约。'>
        {body()}
      </NeedLogin>
    </Screen>
  );
}
