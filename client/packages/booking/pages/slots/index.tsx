import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useDidShow } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { SLOT_MODES, type OpenSlot, type SlotMode } from '../../../../../shared/bookings';
import { TOPIC_TITLES, type TopicId } from '../../../../../shared/topics';
import { bookingsApi } from '../../../../api/bookings';
import { errorText } from '../../../../api/http';
import HelpStrip from '../../../../components/HelpStrip';
import { dateStrip, dayRange, dayTitle } from '../../../../utils/booking';
import { openPage } from '../../../../utils/nav';
import Chips from '../../components/Chips';
import SlotCard from '../../components/SlotCard';
import TopicPicker from '../../components/TopicPicker';
import { BOOKING_PAGES } from '../../routes';
import '../../booking.scss';

type ModeChoice = SlotMode | 'all';
const MODE_CHOICES: { id: ModeChoice; label: string }[] = [{ id: 'all', label: '全部' }, ...SLOT_MODES];

/** Open slots of the next 14 days, one Beijing day at a time. */
export default function Slots() {
  const days = useMemo(() => dateStrip(Date.now(), 14), []);
  const [day, setDay] = useState(days[0].day);
  const [mode, setMode] = useState<ModeChoice>('all');
  const [topic, setTopic] = useState<TopicId | null>(null);
  const [topicOpen, setTopicOpen] = useState(false);
  const [slots, setSlots] = useState<OpenSlot[] | null>(null);
  const [error, setError] = useState('');

  const load = useCallback(async () => {
    setError('');
    try {
      const all: OpenSlot[] = [];
      let cursor: string | null = null;
      // One day holds only a few dozen slots; follow the cursor so none is hidden.
      for (let i = 0; i < 5; i++) {
        const page = await bookingsApi.openSlots(
          { ...dayRange(day), mode: mode === 'all' ? undefined : mode, topic: topic ?? undefined },
          cursor,
        );
        all.push(...page.items);
        cursor = page.nextCursor;
        if (!cursor) break;
      }
      setSlots(all);
    } catch (e) {
      setSlots([]);
      setError(errorText(e));
    }
  }, [day, mode, topic]);

  useEffect(() => {
    setSlots(null);
    load();
  }, [load]);

  // Back from the booking form (e.g. the slot was just taken): show the list as it is now.
  const shownOnce = useRef(false);
  useDidShow(() => {
    if (shownOnce.current) load();
    shownOnce.current = true;
  });

  const chooseTopic = (id: TopicId) => {
    setTopic(topic === id ? null : id);
    setTopicOpen(false);
  };

  return (
    <View>
      <HelpStrip />
      <View className='page'>
        <View className='title'>预约志愿律师</View>
        <View className='muted'>免费咨询。选一天，再选一个时间。</View>
        <Button className='btn plain' onClick={() => openPage(BOOKING_PAGES.myBookings)}>
          我的预约
        </Button>

        <View className='date-strip' role='tablist' aria-label='选择日期'>
          {days.map((d) => (
            <View
              key={d.day}
              role='tab'
              aria-selected={d.day === day}
              aria-label={`${d.name} ${d.date}`}
              className={`date-strip__day ${d.day === day ? 'is-on' : ''}`}
              onClick={() => setDay(d.day)}
            >
              <Text className='date-strip__name'>{d.name}</Text>
              <Text className='date-strip__date'>{d.date}</Text>
            </View>
          ))}
        </View>

        <View className='field'>
          <View className='label'>咨询方式</View>
          <Chips label='咨询方式' options={MODE_CHOICES} value={mode} onChange={setMode} />
        </View>

        <View className='field'>
          <View className='label'>想问的方面</View>
          <View className='row'>
            <Button className='btn plain small' onClick={() => setTopicOpen(!topicOpen)}>
              {topic ? TOPIC_TITLES[topic] : '不限'} ▾
            </Button>
            {topic && (
              <Button className='btn plain small' onClick={() => setTopic(null)}>
                不限
              </Button>
            )}
          </View>
          {topicOpen && (
            <View className='card'>
              <TopicPicker value={topic} onChange={chooseTopic} />
            </View>
          )}
        </View>

        <View className='section-title'>{dayTitle(day)}</View>
        {error && <View className='error-text'>{error}</View>}
        {slots === null && <View className='state'>正在加载…</View>}
        {slots !== null && slots.length === 0 && !error && (
          <View className='state'>这一天没有可以预约的时间，换一天看看。</View>
        )}
        {slots?.map((s) => (
          <SlotCard key={s.id} slot={s}>
            <Button className='btn' onClick={() => openPage(BOOKING_PAGES.book(s.id, s.start))}>
              预约这个时间
            </Button>
          </SlotCard>
        ))}
      </View>
    </View>
  );
}
