import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { BOOKING_STATUS_LABELS, OUTCOME_LABELS, WOMEN_HOTLINE, type Booking } from '../../../../../shared/bookings';
import { TOPIC_TITLES } from '../../../../../shared/topics';
import { bookingsApi } from '../../../../api/bookings';
import { ApiError } from '../../../../api/http';
import ListFooter from '../../../../components/ListFooter';
import NeedLogin from '../../../../components/NeedLogin';
import Screen, { EmptyState, LoadState } from '../../../../components/Screen';
import { usePagedList } from '../../../../hooks/usePagedList';
import { useReasonDialog } from '../../../../hooks/useReasonDialog';
import RevealBar from '../../../../components/Discreet';
import { splitUpcoming } from '../../../../utils/booking';
import { discreetLabel, useDiscreetList } from '../../../../utils/discreet';
import { timeRangeLabel } from '../../../../utils/format';
import { callPhone, openPage } from '../../../../utils/nav';
import BookingPlace from '../../components/BookingPlace';
import CancelBookingDialog from '../../components/CancelBookingDialog';
import { BOOKING_PAGES } from '../../routes';
import PendingReferrals from '../../../referral/components/PendingReferrals';
import '../../booking.scss';

function whoCancelled(b: Booking): string {
  if (b.status !== 'cancelled') return '';
  return b.cancelledBy === 'volunteer' ? '志愿者取消了这次预约' : '您取消了这次预约';
}

interface CardProps {
  b: Booking;
  onCancel?: () => void;
  tooLate?: string;
  /** 隐私模式: this neutral line stands in for the volunteer, place, topic, note and reasons. */
  discreet?: string;
}

function BookingCard({ b, onCancel, tooLate, discreet }: CardProps) {
  if (discreet) {
    return (
      <View className='card my-booking'>
        <View>
          <Text className='slot-card__who'>{discreet}</Text>
          <Text className={`status ${b.status}`}>{BOOKING_STATUS_LABELS[b.status]}</Text>
        </View>
        <View className='slot-card__line'>{timeRangeLabel(b.start, b.end)}</View>
        {tooLate && <View className='notice'>{tooLate}</View>}
        {onCancel && (
          <Button className='btn plain' onClick={onCancel}>
            取消预约
          </Button>
        )}
      </View>
    );
  }
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

/** Her bookings, every page of them (加载更多 at the end, never a silent cap). */
function Bookings() {
  const list = usePagedList((_: void, cursor?: string) => bookingsApi.myBookings(cursor));
  const [tooLate, setTooLate] = useState<Record<string, string>>({});
  const privacy = useDiscreetList();
  const cancelling = useReasonDialog<Booking>(async (b, reason) => {
    try {
      await bookingsApi.cancel(b.id, reason ? { reason } : {});
    } catch (e) {
      // Too close to the start: say so on the card (with the hotline) and close the dialog.
      if (!(e instanceof ApiError && e.code === 'TOO_LATE')) throw e;
      setTooLate((t) => ({ ...t, [b.id]: e.message }));
      return;
    }
    Taro.showToast({ title: '已取消', icon: 'success' });
    await list.refresh();
  });

  useEffect(() => {
    void list.load();
  }, []);

  if (list.status !== 'ready') return <LoadState {...list.state} />;
  const { upcoming, past } = splitUpcoming(list.items, Date.now());
  // Numbered in the order shown, so "预约 1" is the first card on the screen.
  const shown = [...upcoming, ...past];
  const label = (b: Booking) => (privacy.hidden ? discreetLabel('预约', shown.indexOf(b) + 1, b.start, b.topic) : undefined);
  return (
    <View>
      <RevealBar {...privacy} onReveal={privacy.reveal} onHide={privacy.hide} />
      <View className='section-title'>还没到时间的预约</View>
      {upcoming.length === 0 && <EmptyState>现在没有预约。</EmptyState>}
      {upcoming.map((b) => (
        <BookingCard
          key={b.id}
          b={b}
          discreet={label(b)}
          tooLate={tooLate[b.id]}
          onCancel={tooLate[b.id] ? undefined : () => cancelling.open(b)}
        />
      ))}
      <Button className='btn plain' onClick={() => openPage(BOOKING_PAGES.slots)}>
        预约一个新时间
      </Button>
      {past.length > 0 && <View className='section-title'>以前的预约</View>}
      {past.map((b) => (
        <BookingCard key={b.id} b={b} discreet={label(b)} />
      ))}
      <ListFooter list={list} />
      <CancelBookingDialog dialog={cancelling} message='取消后，这个时间会让给别人。可以写一下原因（可以不填）。' placeholder='例如：那天临时有事' />
    </View>
  );
}

export default function MyBookings() {
  return (
    <Screen title='我的预约'>
      <NeedLogin line='登录后才能看到您的预约。' roles={['resident']} roleLine='只有居民账号有预约记录。'>
        <PendingReferrals />
        <Bookings />
      </NeedLogin>
    </Screen>
  );
}
