import { useEffect, useState } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { TOPIC_GROUPS, TOPICS, type TopicId } from '../../../../../shared/topics';
import type { QueuePage } from '../../../../../shared/qa';
import { qaApi } from '../../../../api/qa';
import { ApiError, errorText } from '../../../../api/http';
import ChoicePicker from '../../../../components/ChoicePicker';
import ListFooter from '../../../../components/ListFooter';
import NeedLogin from '../../../../components/NeedLogin';
import Screen, { EmptyState, LoadState } from '../../../../components/Screen';
import { usePagedList } from '../../../../hooks/usePagedList';
import { dateTimeLabel } from '../../../../utils/format';
import { openPage } from '../../../../utils/nav';
import { UrgentBadge } from '../../../qa/components/Badges';
import { cityLabel, topicLabel } from '../../../qa/components/labels';
import { QA_PAGES } from '../../../qa/components/pages';
import '../../../qa/components/qa.scss';

type QueueItem = QueuePage['items'][number];

const TOPIC_OPTIONS = TOPICS.map((t) => ({ id: t.id as TopicId, label: t.title, group: t.group as string }));

function QueueCard({ q, claiming, onClaim }: { q: QueueItem; claiming: string | null; onClaim: (id: string) => void }) {
  return (
    <View className='card qa-row qa-queue-item'>
      <View>
        {q.urgent && <UrgentBadge />}
        <Text className='qa-row__line'>
          {topicLabel(q.topic)}
          {q.city ? ` · ${cityLabel(q.city)}` : ''} · {dateTimeLabel(q.createdAt)}
        </Text>
      </View>
      <View className='qa-row__title'>{q.title}</View>
      <View className='qa-row__summary'>{q.body.length > 120 ? `${q.body.slice(0, 120)}…` : q.body}</View>
      <Button className='btn' loading={claiming === q.id} disabled={claiming !== null} onClick={() => onClaim(q.id)}>
        接手回答
      </Button>
    </View>
  );
}

/** Open questions, urgent first (the API orders them); a volunteer claims one to answer it. */
function QueueList() {
  const [topic, setTopic] = useState<TopicId | null>(null);
  const list = usePagedList((t: TopicId | null, cursor?: string) => qaApi.queue(t ?? undefined, cursor));
  const [claiming, setClaiming] = useState<string | null>(null);

  useEffect(() => {
    void list.load(topic, { quiet: true });
  }, [topic]);
  useDidShow(() => {
    void list.refresh();
  });

  const claim = async (id: string) => {
    setClaiming(id);
    try {
      await qaApi.claim(id);
      await openPage(QA_PAGES.volunteerQuestion(id));
    } catch (e) {
      Taro.showToast({ title: errorText(e), icon: 'none' });
      if (e instanceof ApiError && (e.code === 'ALREADY_CLAIMED' || e.code === 'QUESTION_CLOSED' || e.code === 'NOT_FOUND')) {
        await list.refresh();
      }
    } finally {
      setClaiming(null);
    }
  };

  return (
    <View>
      <ChoicePicker label='问题类别' noneLabel='全部' optionalHint='' value={topic} options={TOPIC_OPTIONS} groups={TOPIC_GROUPS} onChange={setTopic} />
      <LoadState {...list.state} />
      {list.status === 'ready' && list.items.length === 0 && <EmptyState>现在没有等待回答的问题。</EmptyState>}
      {list.status === 'ready' && list.items.map((q) => <QueueCard key={q.id} q={q} claiming={claiming} onClaim={claim} />)}
      <ListFooter list={list} more='看更多' />
      <View className='muted'>接手后 48 小时内没有回复，问题会自动回到队列。</View>
    </View>
  );
}

export default function Queue() {
  return (
    <Screen title='问题队列'>
      <NeedLogin line='问题队列只给审核通过的志愿者看，请先登录。' roles={['volunteer']} roleLine='问题队列只给审核通过的志愿者看。'>
        <QueueList />
      </NeedLogin>
    </Screen>
  );
}
