import { useEffect } from 'react';
import { Button, View } from '@tarojs/components';
import { eventsApi } from '../../../../api/events';
import ListFooter from '../../../../components/ListFooter';
import NeedLogin from '../../../../components/NeedLogin';
import Screen from '../../../../components/Screen';
import { useReturnVisit } from '../../../../hooks/useOwnList';
import { usePagedList } from '../../../../hooks/usePagedList';
import { useSession } from '../../../../session/SessionContext';
import { openPage } from '../../../../utils/nav';
import EventCard from '../../components/EventCard';
import { EVENT_PAGES } from '../../routes';
import '../../events.scss';

/** The organiser's events from today on: each opens the detail with 报名名单 and 签到码. */
export default function Organised() {
  const { user } = useSession();
  const allowed = user?.role === 'volunteer' || user?.role === 'staff';
  const list = usePagedList((_: void, cursor?: string) => eventsApi.organised(cursor), 'idle');
  useEffect(() => {
    if (allowed) void list.load();
  }, [allowed]);
  useReturnVisit(() => void list.refresh());

  return (
    <Screen title='我组织的活动' load={allowed ? list.state : undefined}>
      <NeedLogin line='请先登录志愿者或工作人员账号。' roles={['volunteer', 'staff']} roleLine='只有志愿者和妇联工作人员可以组织活动。'>
        <View className='event-actions'>
          <Button className='btn small' onClick={() => openPage(EVENT_PAGES.publish)}>
            发布新活动
          </Button>
          {user?.role === 'staff' && (
            <Button className='btn plain small' onClick={() => openPage(EVENT_PAGES.adminHours)}>
              志愿服务时长
            </Button>
          )}
        </View>
        {list.status === 'ready' && list.items.length === 0 && <View className='state'>您还没有组织活动。</View>}
        {list.items.map((e) => (
          <EventCard key={e.id} e={e} />
        ))}
        <ListFooter list={list} />
      </NeedLogin>
    </Screen>
  );
}
