import { useEffect, useMemo, useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, View } from '@tarojs/components';
import { DAY_MS } from '../../../../../shared/time';
import { bookingsApi } from '../../../../api/bookings';
import Chips from '../../../../components/Chips';
import ListFooter from '../../../../components/ListFooter';
import NeedLogin from '../../../../components/NeedLogin';
import Screen, { EmptyState, LoadState } from '../../../../components/Screen';
import { usePagedList } from '../../../../hooks/usePagedList';
import { useReasonDialog } from '../../../../hooks/useReasonDialog';
import { splitUpcoming } from '../../../../utils/booking';
import { openPage } from '../../../../utils/nav';
import CancelBookingDialog from '../../../booking/components/CancelBookingDialog';
import { BOOKING_PAGES } from '../../../booking/routes';
import BookingRow, { type Booked } from '../../components/BookingRow';
import './index.scss';

const REOPEN_OPTIONS = [
  { id: 'close', label: '我去不了' },
  { id: 'reopen', label: '居民请我代她取消' },
] as const;
type ReopenChoice = (typeof REOPEN_OPTIONS)[number]['id'];

/** The booked ones among her slots of the last 30 days and ahead, page by page. */
function Bookings() {
  const from = useMemo(() => new Date(Date.now() - 30 * DAY_MS).toISOString(), []);
  const list = usePagedList((_: void, cursor?: string) => bookingsApi.mySlots({ from }, cursor));
  const [reopen, setReopen] = useState<ReopenChoice>('close');
  const cancelling = useReasonDialog<Booked>(async (slot, reason) => {
    await bookingsApi.cancel(slot.booking.id, { reason, reopen: reopen === 'reopen' });
    Taro.showToast({ title: '已取消，已通知对方', icon: 'none' });
    await list.refresh();
  });

  useEffect(() => {
    void list.load();
  }, []);

  const finished = () => {
    Taro.showToast({ title: '已记录', icon: 'success' });
    void list.refresh();
  };

  if (list.status !== 'ready') return <LoadState {...list.state} />;
  const booked = list.items.filter((s): s is Booked => s.booking !== null);
  const lists = splitUpcoming(
    booked.map((slot) => ({ start: slot.start, status: slot.booking.status, slot })),
    Date.now(),
  );
  // Ones that started but are not finished yet need her action: show them first among the past.
  const past = [...lists.past.filter((x) => x.status === 'booked'), ...lists.past.filter((x) => x.status !== 'booked')];

  return (
    <View>
      <View className='section-title'>还没开始</View>
      {lists.upcoming.length === 0 && <EmptyState>暂时没有人预约。</EmptyState>}
      {lists.upcoming.map(({ slot }) => (
        <BookingRow key={slot.id} slot={slot} onCancel={() => cancelling.open(slot)} onDone={finished} />
      ))}
      {past.length > 0 && <View className='section-title'>已开始或已结束</View>}
      {past.map(({ slot }) => (
        <BookingRow key={slot.id} slot={slot} onCancel={() => cancelling.open(slot)} onDone={finished} />
      ))}
      <ListFooter list={list} />
      <CancelBookingDialog dialog={cancelling} message='会通知对方。请写上原因。' placeholder='例如：临时要出庭' required>
        <View className='field'>
          <Chips label='取消的原因' options={REOPEN_OPTIONS} value={reopen} onChange={setReopen} />
          <View className='muted'>{reopen === 'reopen' ? '这个时段会重新开放给别人预约。' : '这个时段会关闭，别人不能再约。'}</View>
        </View>
      </CancelBookingDialog>
    </View>
  );
}

/** Bookings on her slots: who, what about, and what to do next. */
export default function VolunteerBookings() {
  return (
    <Screen title='预约列表'>
      <Button className='btn plain' onClick={() => openPage(BOOKING_PAGES.volunteerSlots)}>
        我的时段
      </Button>
      <NeedLogin line='请先登录志愿者账号。' roles={['volunteer']} roleLine='这一页只给志愿者用。'>
        <Bookings />
      </NeedLogin>
    </Screen>
  );
}
