import { useEffect } from 'react';
import { SIGNUP_STATUS_LABELS } from '../../../../../shared/events';
import { eventsApi } from '../../../../api/events';
import ListFooter from '../../../../components/ListFooter';
import NeedLogin from '../../../../components/NeedLogin';
import Screen from '../../../../components/Screen';
import { useReturnVisit } from '../../../../hooks/useOwnList';
import { usePagedList } from '../../../../hooks/usePagedList';
import { useSession } from '../../../../session/SessionContext';
import EventCard from '../../components/EventCard';
import '../../events.scss';

/** 我的报名: the events she signed up for, soonest first (the last week's stay, to show 已签到). */
export default function MySignups() {
  const { user } = useSession();
  const resident = user?.role === 'resident';
  const list = usePagedList((_: void, cursor?: string) => eventsApi.mySignups(cursor), 'idle');
  useEffect(() => {
    if (resident) void list.load();
  }, [resident]);
  useReturnVisit(() => void list.refresh());

  return (
    <Screen title='我的报名' load={resident ? list.state : undefined} empty={list.status === 'ready' && list.items.length === 0 && '您还没有报名活动。'}>
      <NeedLogin line='登录后才能看到您报名的活动。' roles={['resident']} roleLine='只有居民账号可以报名活动。'>
        {list.items.map((x) => (
          <EventCard key={x.event.id} e={x.event} badge={SIGNUP_STATUS_LABELS[x.signup.status]} />
        ))}
        <ListFooter list={list} />
      </NeedLogin>
    </Screen>
  );
}
