import { useEffect, useMemo, useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, View } from '@tarojs/components';
import type { VolunteerSlot } from '../../../../../shared/bookings';
import { bookingsApi } from '../../../../api/bookings';
import { errorText } from '../../../../api/http';
import ListFooter from '../../../../components/ListFooter';
import NeedLogin from '../../../../components/NeedLogin';
import Screen, { EmptyState, LoadState } from '../../../../components/Screen';
import { usePagedList } from '../../../../hooks/usePagedList';
import { appointmentTime, dayTitle, groupByDay } from '../../../../utils/booking';
import { confirmDialog } from '../../../../utils/confirm';
import { openPage } from '../../../../utils/nav';
import { BOOKING_PAGES } from '../../../booking/routes';
import AddSlot from '../../components/AddSlot';
import SlotRow from '../../components/SlotRow';
import './index.scss';

const IN_PROGRESS_MS = 3 * 60 * 60 * 1000;

/** Her slots from now on, page by page, grouped by day. */
function MySlots() {
  // A few hours back, so a slot going on right now still shows (the list keeps those not yet over).
  const from = useMemo(() => new Date(Date.now() - IN_PROGRESS_MS).toISOString(), []);
  const list = usePagedList((_: void, cursor?: string) => bookingsApi.mySlots({ from }, cursor));
  const [adding, setAdding] = useState(false);

  useEffect(() => {
    void list.load();
  }, []);

  const remove = async (slot: VolunteerSlot) => {
    const yes = await confirmDialog({
      title: '删除时段',
      content: `确定删除 ${appointmentTime(slot.start, slot.end)} 这个时段吗？`,
      confirmText: '删除',
    });
    if (!yes) return;
    try {
      await bookingsApi.deleteSlot(slot.id);
      Taro.showToast({ title: '已删除', icon: 'success' });
    } catch (e) {
      Taro.showToast({ title: errorText(e), icon: 'none' });
    }
    await list.refresh();
  };

  const upcoming = list.items.filter((s) => Date.parse(s.end) > Date.now());

  return (
    <View>
      <View className='row'>
        <Button className='btn' onClick={() => setAdding(!adding)}>
          添加时段
        </Button>
        <Button className='btn plain' onClick={() => openPage(BOOKING_PAGES.volunteerBookings)}>
          预约列表
        </Button>
      </View>
      {adding && (
        <AddSlot
          onClose={() => setAdding(false)}
          onAdded={(count) => {
            setAdding(false);
            Taro.showToast({ title: `已发布 ${count} 个时段`, icon: 'success' });
            void list.refresh();
          }}
        />
      )}
      <LoadState {...list.state} />
      {list.status === 'ready' && upcoming.length === 0 && <EmptyState>还没有时段，点“添加时段”发布一个。</EmptyState>}
      {groupByDay(upcoming).map((g) => (
        <View key={g.day}>
          <View className='section-title'>{dayTitle(g.day)}</View>
          {g.items.map((s) => (
            <SlotRow key={s.id} slot={s} onDelete={() => remove(s)} />
          ))}
        </View>
      ))}
      <ListFooter list={list} />
    </View>
  );
}

/** A volunteer's own slots by day, with the booking on each; add and delete slots. */
export default function VolunteerSlots() {
  return (
    <Screen title='我的时段'>
      <NeedLogin line='请先登录志愿者账号。' roles={['volunteer']} roleLine='这一页只给志愿者用。'>
        <MySlots />
      </NeedLogin>
    </Screen>
  );
}
