import { useEffect, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, Textarea, View } from '@tarojs/components';
import { bookingCreateRequest, type Booking, type OpenSlot } from '../../../../../shared/bookings';
import type { TopicId } from '../../../../../shared/topics';
import { bookingsApi } from '../../../../api/bookings';
import { ApiError, errorText } from '../../../../api/http';
import HelpStrip from '../../../../components/HelpStrip';
import { useSession } from '../../../../session/SessionContext';
import { newIdempotencyKey } from '../../../../utils/booking';
import { openPage } from '../../../../utils/nav';
import BookingPlace from '../../components/BookingPlace';
import NeedLogin from '../../components/NeedLogin';
import SlotCard from '../../components/SlotCard';
import TopicPicker from '../../components/TopicPicker';
import { BOOKING_PAGES } from '../../routes';
import '../../booking.scss';

function goBackToList() {
  Taro.navigateBack().catch(() => openPage(BOOKING_PAGES.slots));
}

export default function Book() {
  const params = useRouter().params;
  const slotId = params.slotId ?? '';
  const start = params.start ? decodeURIComponent(params.start) : '';
  const { user } = useSession();
  const [slot, setSlot] = useState<OpenSlot | null | undefined>(undefined);
  const [topic, setTopic] = useState<TopicId | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState('');
  const [limitHit, setLimitHit] = useState(false);
  const [topicMissing, setTopicMissing] = useState(false);
  const [sending, setSending] = useState(false);
  const [done, setDone] = useState<Booking | null>(null);
  // One key per form view: a double tap or a retry after a lost answer books only once.
  const [idempotencyKey] = useState(() => newIdempotencyKey());

  useEffect(() => {
    if (!slotId || !start) {
      setSlot(null);
      return;
    }
    bookingsApi
      .openSlots({ from: start, to: start })
      .then((page) => setSlot(page.items.find((s) => s.id === slotId) ?? null))
      .catch((e: unknown) => {
        setSlot(null);
        setError(errorText(e));
      });
  }, [slotId, start]);

  const submit = async () => {
    if (!topic) {
      setTopicMissing(true);
      return;
    }
    const parsed = bookingCreateRequest.safeParse({ slotId, topic, ...(note.trim() ? { note } : {}) });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? '请检查填写的内容');
      return;
    }
    setSending(true);
    setError('');
    try {
      setDone(await bookingsApi.book(parsed.data, idempotencyKey));
    } catch (e) {
      if (e instanceof ApiError && e.code === 'SLOT_TAKEN') {
        await Taro.showModal({ title: '没约上', content: `${e.message}，请换一个时间。`, showCancel: false, confirmText: '好的' });
        goBackToList();
        return;
      }
      setLimitHit(e instanceof ApiError && e.code === 'BOOKING_LIMIT');
      setError(errorText(e));
    } finally {
      setSending(false);
    }
  };

  const body = () => {
    if (!user) return <NeedLogin line='预约前请先登录。' />;
    if (user.role !== 'resident') return <View className='state'>只有居民账号可以预约。</View>;
    if (done) {
      return (
        <View className='card booking-done'>
          <View className='title'>预约成功</View>
          <BookingPlace b={done} />
          <View className='slot-card__line'>志愿者：{done.volunteer.displayName}</View>
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
    if (slot === undefined) return <View className='state'>正在加载…</View>;
    if (slot === null) {
      return (
        <View className='card'>
          <View>{error || '这个时间已经被约走了，请换一个时间。'}</View>
          <Button className='btn' onClick={goBackToList}>
            重新选时间
          </Button>
        </View>
      );
    }
    return (
      <View>
        <SlotCard slot={slot} />
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
        <View className='field'>
          <View className='label'>想先说明的情况（可以不填）</View>
          <Textarea
            className='textarea'
            value={note}
            maxlength={500}
            placeholder='简单写几句，例如：想了解怎么申请保护令'
            onInput={(e) => setNote(e.detail.value)}
          />
          <View className='muted'>这段话只有志愿者能看到，并且加密保存。</View>
        </View>
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
  };

  return (
    <View>
      <HelpStrip />
      <View className='page'>{body()}</View>
    </View>
  );
}
