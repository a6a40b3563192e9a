import { useEffect } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { CITY_LABELS, FAIR_MODE_LABELS, FAIR_STATUS_LABELS, type JobFair } from '../../../../../shared/jobs';
import { jobsApi } from '../../../../api/jobs';
import ListFooter from '../../../../components/ListFooter';
import NeedLogin from '../../../../components/NeedLogin';
import Screen, { LoadState } from '../../../../components/Screen';
import { useReturnVisit } from '../../../../hooks/useOwnList';
import { usePagedList } from '../../../../hooks/usePagedList';
import { useSession } from '../../../../session/SessionContext';
import { timeRangeLabel } from '../../../../utils/format';
import { openPage } from '../../../../utils/nav';
import { CONSOLE_PAGES } from '../../routes';
import '../../console.scss';

function FairCard({ fair }: { fair: JobFair }) {
  return (
    <View className='card console-card'>
      <View className='console-card__title'>
        {fair.title}
        {fair.womenSpecial && <Text className='console-status'>女性专场</Text>}
      </View>
      <View className='console-card__line'>
        {CITY_LABELS[fair.city]} · {FAIR_MODE_LABELS[fair.mode]} · {FAIR_STATUS_LABELS[fair.status]}
      </View>
      <View className='console-card__line'>{timeRangeLabel(fair.startAt, fair.endAt)}</View>
      <Button className='btn plain small' onClick={() => void openPage(`${CONSOLE_PAGES.fair}?id=${fair.id}`)}>
        管理
      </Button>
    </View>
  );
}

/** Fairs still to come or running; staff manage those of their region. */
export default function Fairs() {
  const { user } = useSession();
  const list = usePagedList((_: void, cursor?: string) => jobsApi.fairs({}, cursor));
  useEffect(() => {
    if (user?.role === 'staff') void list.load();
  }, [user]);
  // Back from the form: show what she just saved.
  useReturnVisit(() => void list.refresh());

  return (
    <Screen title='招聘会'>
      <NeedLogin line='请先登录工作人员账号。' roles={['staff']} roleLine='只有妇联工作人员能打开这个页面。'>
        <Button className='btn small' onClick={() => void openPage(CONSOLE_PAGES.fair)}>
          新建招聘会
        </Button>
        <LoadState {...list.state} />
        {list.status === 'ready' && list.items.length === 0 && <View className='state'>还没有招聘会。</View>}
        {list.items.map((f) => (
          <FairCard key={f.id} fair={f} />
        ))}
        <ListFooter list={list} />
      </NeedLogin>
    </Screen>
  );
}
