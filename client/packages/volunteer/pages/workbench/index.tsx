import { useCallback, useEffect, useState } from 'react';
import { useDidShow } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { QuestionSummary } from '../../../../../shared/qa';
import { qaApi } from '../../../../api/qa';
import { errorText } from '../../../../api/http';
import HelpStrip from '../../../../components/HelpStrip';
import { useSession } from '../../../../session/SessionContext';
import { openPage, PAGES } from '../../../../utils/nav';
import QuestionRow from '../../../qa/components/QuestionRow';
import { QA_PAGES } from '../../../qa/components/pages';
import '../../../qa/components/qa.scss';

/**
 * The bookings area adds its volunteer pages here (我的时段, 预约列表). Until they ship,
 * openPage answers "即将上线".
 */
const BOOKING_ENTRIES: { label: string; url: string }[] = [
  { label: '我的时段', url: '/packages/volunteer/pages/slots/index' },
  { label: '预约列表', url: '/packages/volunteer/pages/bookings/index' },
];

function Entry({ label, onOpen }: { label: string; onOpen: () => void }) {
  return (
    <View className='card qa-switch' role='link' onClick={onOpen}>
      <Text>{label}</Text>
      <Text className='muted'>›</Text>
    </View>
  );
}

/** The volunteer's hub: questions to answer, and (from the bookings area) her consultation slots. */
export default function Workbench() {
  const { user } = useSession();
  const [claims, setClaims] = useState<QuestionSummary[] | null>(null);
  const [error, setError] = useState('');

  const load = useCallback(async () => {
    if (user?.role !== 'volunteer') return;
    try {
      setClaims((await qaApi.claims()).items);
      setError('');
    } catch (e) {
      setError(errorText(e));
    }
  }, [user]);

  useEffect(() => {
    load();
  }, [load]);
  useDidShow(() => {
    load();
  });

  if (user?.role !== 'volunteer') {
    return (
      <View>
        <HelpStrip />
        <View className='page'>
          <View className='card' role='link' onClick={() => openPage(PAGES.me)}>
            工作台只给审核通过的志愿者用。请先用志愿者账号登录 ›
          </View>
        </View>
      </View>
    );
  }

  const active = (claims ?? []).filter((q) => q.status !== 'closed');
  const finished = (claims ?? []).filter((q) => q.status === 'closed');

  return (
    <View>
      <HelpStrip />
      <View className='page'>
        <View className='title'>法律问答</View>
        <Entry label='问题队列：去接手新问题' onOpen={() => openPage(QA_PAGES.queue)} />

        <View className='title'>我接手的问题</View>
        {error && <View className='error-text'>{error}</View>}
        {!error && claims === null && <View className='state'>正在加载…</View>}
        {claims !== null && active.length === 0 && <View className='muted'>现在没有正在回答的问题。</View>}
        {active.map((q) => (
          <QuestionRow key={q.id} q={q} onOpen={(id) => openPage(QA_PAGES.volunteerQuestion(id))} />
        ))}
        {finished.length > 0 && <View className='muted'>已结束的问题</View>}
        {finished.map((q) => (
          <QuestionRow key={q.id} q={q} onOpen={(id) => openPage(QA_PAGES.volunteerQuestion(id))} />
        ))}

        <View className='title'>预约咨询</View>
        {BOOKING_ENTRIES.map((e) => (
          <Entry key={e.url} label={e.label} onOpen={() => openPage(e.url)} />
        ))}
      </View>
    </View>
  );
}
