import { useEffect, useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Button, View } from '@tarojs/components';
import { CITY_LABELS, type CityId } from '../../../../../shared/jobs';
import { TOPIC_TITLES, isTopicId, type TopicId } from '../../../../../shared/topics';
import { eventsApi, type EventFilters } from '../../../../api/events';
import Chips from '../../../../components/Chips';
import ListFooter from '../../../../components/ListFooter';
import Screen from '../../../../components/Screen';
import { usePagedList } from '../../../../hooks/usePagedList';
import { useSession } from '../../../../session/SessionContext';
import { openPage } from '../../../../utils/nav';
import EventCard from '../../components/EventCard';
import { EVENT_PAGES } from '../../routes';
import '../../events.scss';

const ALL = 'all';
const CITIES: { id: CityId | typeof ALL; label: string }[] = [
  { id: ALL, label: '全部' },
  ...(['nanchang', 'ganzhou', 'jiujiang'] as CityId[]).map((id) => ({ id, label: CITY_LABELS[id] })),
];

/** 普法活动: talks and advice days near her, soonest first; from a topic's page, only that topic. */
export default function EventList() {
  const param = useRouter().params.topic;
  const { user } = useSession();
  const [topic, setTopic] = useState<TopicId | undefined>(param && isTopicId(param) ? param : undefined);
  const [city, setCity] = useState<CityId | typeof ALL>(ALL);
  const list = usePagedList((f: EventFilters, cursor?: string) => eventsApi.list(f, cursor));

  useEffect(() => {
    void list.load({ topic, city: city === ALL ? undefined : city });
  }, [topic, city]);

  const organiser = user?.role === 'volunteer' || user?.role === 'staff';
  return (
    <Screen title='普法活动' load={list.state} empty={list.status === 'ready' && list.items.length === 0 && '近期没有活动。换个城市看看？'}>
      <View className='event-actions'>
        {user?.role === 'resident' && (
          <Button className='btn plain small' onClick={() => openPage(EVENT_PAGES.mine)}>
            我的报名
          </Button>
        )}
        {organiser && (
          <Button className='btn plain small' onClick={() => openPage(EVENT_PAGES.organised)}>
            我组织的活动
          </Button>
        )}
        {user?.role === 'volunteer' && (
          <Button className='btn plain small' onClick={() => openPage(EVENT_PAGES.hours)}>
            我的志愿服务
          </Button>
        )}
      </View>
      <Chips label='城市' options={CITIES} value={city} onChange={setCity} />
      {topic && (
        <View className='event-notice'>
          只看讲“{TOPIC_TITLES[topic]}”的活动。
          <Button className='btn plain small' onClick={() => setTopic(undefined)}>
            看全部活动
          </Button>
        </View>
      )}
      {list.items.map((e) => (
        <EventCard key={e.id} e={e} />
      ))}
      <ListFooter list={list} />
    </Screen>
  );
}
