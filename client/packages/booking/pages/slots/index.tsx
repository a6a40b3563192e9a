import { useEffect, useMemo, useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { SLOT_MODES, type Booking, type SlotMode } from '../../../../../shared/bookings';
import { TOPIC_TITLES, type TopicId } from '../../../../../shared/topics';
import { bookingsApi } from '../../../../api/bookings';
import Chips from '../../../../components/Chips';
import ListFooter from '../../../../components/ListFooter';
import Screen, { EmptyState, LoadState } from '../../../../components/Screen';
import TopicPicker from '../../../../components/TopicPicker';
import { useLoaded } from '../../../../hooks/useLoaded';
import { usePagedList } from '../../../../hooks/usePagedList';
import { useReturnVisit } from '../../../../hooks/useOwnList';
import { useSession } from '../../../../session/SessionContext';
import { dateStrip, dayRange, dayTitle } from '../../../../utils/booking';
import { myBookedSlots } from '../../../../utils/mine';
import { openPage } from '../../../../utils/nav';
import SlotCard from '../../components/SlotCard';
import { BOOKING_PAGES } from '../../routes';
import '../../booking.scss';
import DayStrip from '../../components/DayStrip';

type ModeChoice = SlotMode | 'all';
const MODE_CHOICES: { id: ModeChoice; label: string }[] = [{ id: 'all', label: '全部' }, ...SLOT_MODES];

interface Filters {
  day: string;
  mode: ModeChoice;
  topic: TopicId | null;
}

const fetchSlots = (f: Filters, cursor?: string) =>
  bookingsApi.openSlots({ ...dayRange(f.day), mode: f.mode === 'all' ? undefined : f.mode, topic: f.topic ?? undefined }, cursor);

/** On a slot she already booked: 已预约 and the way to her booking, instead of 预约. */
function BookedNote({ booking }: { booking: Booking }) {
  return (
    <View className='row'>
      <Text className={`status ${booking.status}`}>已预约</Text>
      <Button className='btn plain small' onClick={() => openPage(BOOKING_PAGES.myBookings)}>
        看我的预约
      </Button>
    </View>
  );
}

/** Open slots of the next 14 days, one Beijing day at a time; every page of a day is reachable. */
export default function Slots() {
  const { user } = useSession();
  const days = useMemo(() => dateStrip(Date.now(), 14), []);
  const [filters, setFilters] = useState<Filters>({ day: days[0].day, mode: 'all', topic: null });
  const [topicOpen, setTopicOpen] = useState(false);
  const list = usePagedList(fetchSlots);
  const booked = useLoaded(myBookedSlots, user?.role === 'resident' ? user.id : null);

  useEffect(() => {
    void list.load(filters);
  }, [filters]);

  // Back from the booking form (e.g. the slot was just taken): show the list as it is now.
  useReturnVisit(() => {
    void list.refresh();
    void booked.reload();
  });

  const set = (patch: Partial<Filters>) => setFilters((f) => ({ ...f, ...patch }));
  const chooseTopic = (id: TopicId) => {
    set({ topic: filters.topic === id ? null : id });
    setTopicOpen(false);
  };

  return (
    <Screen title='预约志愿律师'>
      <View className='muted'>免费咨询。选一天，再选一个时间。</View>
      <Button className='btn plain' onClick={() => openPage(BOOKING_PAGES.myBookings)}>
        我的预约
      </Button>

      <DayStrip days={days} day={filters.day} onPick={(day) => set({ day })} />

      <View className='field'>
        <View className='label'>咨询方式</View>
        <Chips label='咨询方式' options={MODE_CHOICES} value={filters.mode} onChange={(mode) => set({ mode })} />
      </View>

      <View className='field'>
        <View className='label'>想问的方面</View>
        <View className='row'>
          <Button className='btn plain small' onClick={() => setTopicOpen(!topicOpen)}>
            {filters.topic ? TOPIC_TITLES[filters.topic] : '不限'} ▾
          </Button>
          {filters.topic && (
            <Button className='btn plain small' onClick={() => set({ topic: null })}>
              不限
            </Button>
          )}
        </View>
        {topicOpen && (
          <View className='card'>
            <TopicPicker value={filters.topic} onChange={chooseTopic} />
          </View>
        )}
      </View>

      <View className='section-title'>{dayTitle(filters.day)}</View>
      <LoadState {...list.state} />
      {list.status === 'ready' && list.items.length === 0 && <EmptyState>这一天没有可以预约的时间，换一天看看。</EmptyState>}
      {list.status === 'ready' &&
        list.items.map((s) => {
          const mine = booked.data?.get(s.id);
          return (
            <SlotCard key={s.id} slot={s}>
              {mine ? (
                <BookedNote booking={mine} />
              ) : (
                <Button className='btn' onClick={() => openPage(BOOKING_PAGES.book(s.id, s.start))}>
                  预约这个时间
                </Button>
              )}
            </SlotCard>
          );
        })}
      <ListFooter list={list} />
    </Screen>
  );
}
