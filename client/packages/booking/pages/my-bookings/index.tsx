import { useCallback, useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { BOOKING_STATUS_LABELS, OUTCOME_LABELS, WOMEN_HOTLINE, type Booking } from '../../../../../shared/bookings';
import { TOPIC_TITLES } from '../../../../../shared/topics';
import { bookingsApi } from '../../../../api/bookings';
import { ApiError, errorText } from '../../../../api/http';
import HelpStrip from '../../../../components/HelpStrip';
import { useSession } from '../../../../session/SessionContext';
import { splitUpcoming } from '../../../../utils/booking';
import { callPhone, openPage } from '../../../../utils/nav';
import BookingPlace from '../../components/BookingPlace';
import NeedLogin from '../../components/NeedLogin';
import ReasonDialog from '../../components/ReasonDialog';
import { BOOKING_PAGES } from '../../routes';
import '../../booking.scss';

function whoCancelled(b: Booking): string {
  if (b.status !== 'cancelled') return '';
  return b.cancelledBy === 'volunteer' ? '志愿者取消了这次预约' : '你取消了这次预约';
}

function BookingCard({ b, onCancel, tooLate }: { b: Booking; onCancel?: () => void; tooLate?: string }) {
  return (
    <View className='card my-booking'>
      <View>
        <Text className='slot-card__who'>{b.volunteer.displayName}</Text>
        <Text className={`status ${b.status}`}>{BOOKING_STATUS_LABELS[b.status]}</Text>
      </View>
      <BookingPlace b={b} hint={b.status === 'booked' && Date.parse(b.start) > Date.now()} />
      <View className='slot-card__line'>咨询：{TOPIC_TITLES[b.topic]}</View>
      {b.note && <View className='muted'>我的说明：{b.note}</View>}
      {b.status === 'cancelled' && (
        <View className='muted'>
          {whoCancelled(b)}
          {b.cancelReason ? `：${b.cancelReason}` : ''}
        </View>
      )}
      {b.outcome && <View className='muted'>结果：{OUTCOME_LABELS[b.outcome]}</View>}
      {tooLate && (
        <View className='notice'>
          <View>{tooLate}</View>
          <View>也可以打妇女维权热线 {WOMEN_HOTLINE}。</View>
          <Button className='btn plain small' onClick={() => callPhone(WOMEN_HOTLINE)}>
            拨打 {WOMEN_HOTLINE}
          </Button>
        </View>
      )}
      {onCancel && (
        <Button className='btn plain' onClick={onCancel}>
          取消预约
        </Button>
      )}
    </View>
  );
}

export default function MyBookings() {
  const { user } = useSession();
  const [items, setItems] = useState<Booking[] | null>(null);
  const [error, setError] = useState('');
  const [cancelling, setCancelling] = useState<Booking | null>(null);
  const [busy, setBusy] = useState(false);
  const [dialogError, setDialogError] = useState('');
  const [tooLate, setTooLate] = useState<Record<string, string>>({});

  const load = useCallback(async () => {
    setError('');
    try {
      const all: Booking[] = [];
      let cursor: string | null = null;
      for (let i = 0; i < 5; i++) {
        const page = await bookingsApi.myBookings(cursor);
        all.push(...page.items);
        cursor = page.nextCursor;
        if (!cursor) break;
      }
      setItems(all);
    } catch (e) {
      setItems([]);
      setError(errorText(e));
    }
  }, []);

  useEffect(() => {
    if (user?.role === 'resident') load();
  }, [user, load]);

  const cancel = async (reason: string) => {
    if (!cancelling) return;
    setBusy(true);
    setDialogError('');
    try {
      await bookingsApi.cancel(cancelling.id, reason ? { reason } : {});
      setCancelling(null);
      Taro.showToast({ title: '已取消', icon: 'success' });
      await load();
    } catch (e) {
      if (e instanceof ApiError && e.code === 'TOO_LATE') {
        setTooLate((t) => ({ ...t, [cancelling.id]: e.message }));
        setCancelling(null);
      } else {
        setDialogError(errorText(e));
      }
    } finally {
      setBusy(false);
    }
  };

  const body = () => {
    if (!user) return <NeedLogin line='登录后才能看到你的预约。' />;
    if (user.role !== 'resident') return <View className='state'>只有居民账号有预约记录。</View>;
    if (items === null) return <View className='state'>正在加载…</View>;
    const { upcoming, past } = splitUpcoming(items, Date.now());
    return (
      <View>
        {error && <View className='error-text'>{error}</View>}
        <View className='section-title'>还没到时间的预约</View>
        {upcoming.length === 0 && <View className='state'>现在没有预约。</View>}
        {upcoming.map((b) => (
          <BookingCard
            key={b.id}
            b={b}
            tooLate={tooLate[b.id]}
            onCancel={tooLate[b.id] ? undefined : () => setCancelling(b)}
          />
        ))}
        <Button className='btn plain' onClick={() => openPage(BOOKING_PAGES.slots)}>
          预约一个新时间
        </Button>
        {past.length > 0 && <View className='section-title'>以前的预约</View>}
        {past.map((b) => (
          <BookingCard key={b.id} b={b} />
        ))}
      </View>
    );
  };

  return (
    <View>
      <HelpStrip />
      <View className='page'>
        <View className='title'>我的预约</View>
        {body()}
      </View>
      {cancelling && (
        <ReasonDialog
          title='取消这次预约？'
          message='取消后，这个时间会让给别人。可以写一下原因（可以不填）。'
          placeholder='例如：那天临时有事'
          confirmText='确定取消'
          busy={busy}
          error={dialogError}
          onConfirm={cancel}
          onClose={() => {
            setCancelling(null);
            setDialogError('');
          }}
        />
      )}
    </View>
  );
}
