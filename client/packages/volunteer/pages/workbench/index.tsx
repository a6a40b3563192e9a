import { Text, View } from '@tarojs/components';
import { qaApi } from '../../../../api/qa';
import ListFooter from '../../../../components/ListFooter';
import NeedLogin from '../../../../components/NeedLogin';
import Screen, { LoadState } from '../../../../components/Screen';
import { useOwnList } from '../../../../hooks/useOwnList';
import { openPage } from '../../../../utils/nav';
import QuestionRow from '../../../qa/components/QuestionRow';
import { QA_PAGES } from '../../../qa/components/pages';
import { BOOKING_PAGES } from '../../../booking/routes';
import '../../../qa/components/qa.scss';

const BOOKING_ENTRIES: { label: string; url: string }[] = [
  { label: '我的时段', url: BOOKING_PAGES.volunteerSlots },
  { label: '预约列表', url: BOOKING_PAGES.volunteerBookings },
];

function Entry({ label, onOpen }: { label: string; onOpen: () => void }) {
  return (
    <View className='card qa-switch' role='link' onClick={onOpen}>
      <Text>{label}</Text>
      <Text className='muted'>›</Text>
    </View>
  );
}

/** The questions she claimed, every page of them. */
function Claims() {
  const list = useOwnList((cursor?: string) => qaApi.claims(cursor));

  const active = list.items.filter((q) => q.status !== 'closed');
  const finished = list.items.filter((q) => q.status === 'closed');
  return (
    <View>
      <LoadState {...list.state} />
      {list.status === 'ready' && active.length === 0 && <View className='muted'>现在没有正在回答的问题。</View>}
      {active.map((q) => (
        <QuestionRow key={q.id} q={q} onOpen={(id) => openPage(QA_PAGES.volunteerQuestion(id))} />
      ))}
      {finished.length > 0 && <View className='muted'>已结束的问题</View>}
      {finished.map((q) => (
        <QuestionRow key={q.id} q={q} onOpen={(id) => openPage(QA_PAGES.volunteerQuestion(id))} />
      ))}
      <ListFooter list={list} more='看更多' />
    </View>
  );
}

/** The volunteer's hub: questions to answer, and her consultation slots and bookings. */
export default function Workbench() {
  return (
    <Screen title='志愿者工作台'>
      <NeedLogin line='工作台只给审核通过的志愿者用，请先登录。' roles={['volunteer']} roleLine='工作台只给审核通过的志愿者用。'>
        <View className='section-title'>法律问答</View>
        <Entry label='问题队列：去接手新问题' onOpen={() => openPage(QA_PAGES.queue)} />
        <View className='section-title'>我接手的问题</View>
        <Claims />
        <View className='section-title'>预约咨询</View>
        {BOOKING_ENTRIES.map((e) => (
          <Entry key={e.url} label={e.label} onOpen={() => openPage(e.url)} />
        ))}
      </NeedLogin>
    </Screen>
  );
}
