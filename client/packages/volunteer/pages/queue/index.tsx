import { useEffect, useState } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { TOPIC_GROUPS, TOPICS, type TopicId } from '../../../../../shared/topics';
import { qaApi } from '../../../../api/qa';
import { ApiError, errorText } from '../../../../api/http';
import HelpStrip from '../../../../components/HelpStrip';
import { LoadState, usePagedList } from '../../../../components/Loaded';
import { useSession } from '../../../../session/SessionContext';
import { dateTimeLabel } from '../../../../utils/format';
import { openPage, PAGES } from '../../../../utils/nav';
import { UrgentBadge } from '../../../qa/components/Badges';
import { cityLabel, topicLabel } from '../../../qa/components/labels';
import { QA_PAGES } from '../../../qa/components/pages';
import '../../../qa/components/qa.scss';

/** Open questions, urgent first (the API orders them); a volunteer claims one to answer it. */
export default function Queue() {
  const { user } = useSession();
  const [topic, setTopic] = useState<TopicId | undefined>();
  const [pickTopic, setPickTopic] = useState(false);
  const { items, status, error, hasMore, load, loadMore } = usePagedList(qaApi.queue);
  const [claiming, setClaiming] = useState<string | null>(null);

  useEffect(() => {
    if (user?.role === 'volunteer') load(topic, { quiet: true });
  }, [topic, load, user]);
  useDidShow(() => {
    if (user?.role === 'volunteer') load(topic, { quiet: true });
  });

  const claim = async (id: string) => {
    setClaiming(id);
    try {
      await qaApi.claim(id);
      await openPage(QA_PAGES.volunteerQuestion(id));
    } catch (e) {
      Taro.showToast({ title: errorText(e), icon: 'none' });
      if (e instanceof ApiError && (e.code === 'ALREADY_CLAIMED' || e.code === 'QUESTION_CLOSED' || e.code === 'NOT_FOUND')) {
        await load(topic, { quiet: true });
      }
    } finally {
      setClaiming(null);
    }
  };

  if (user?.role !== 'volunteer') {
    return (
      <View>
        <HelpStrip />
        <View className='page'>
          <View className='card' role='link' onClick={() => openPage(PAGES.me)}>
            问题队列只给审核通过的志愿者看。请先用志愿者账号登录 ›
          </View>
        </View>
      </View>
    );
  }

  return (
    <View>
      <HelpStrip />
      <View className='page'>
        <View className='title'>问题队列</View>
        <View className='qa-switch' role='button' aria-expanded={pickTopic} onClick={() => setPickTopic((v) => !v)}>
          <Text>类别：{topic ? topicLabel(topic) : '全部'}</Text>
          <Text>{pickTopic ? '收起 ▴' : '筛选 ▾'}</Text>
        </View>
        {pickTopic && (
          <View role='listbox' aria-label='问题类别'>
            <View className='qa-chips'>
              <View
                role='option'
                aria-selected={!topic}
                className={`qa-chip ${!topic ? 'is-selected' : ''}`}
                onClick={() => {
                  setTopic(undefined);
                  setPickTopic(false);
                }}
              >
                全部
              </View>
            </View>
            {TOPIC_GROUPS.map((g) => (
              <View key={g.id}>
                <View className='muted'>{g.title}</View>
                <View className='qa-chips'>
                  {TOPICS.filter((t) => t.group === g.id).map((t) => (
                    <View
                      key={t.id}
                      role='option'
                      aria-selected={topic === t.id}
                      className={`qa-chip ${topic === t.id ? 'is-selected' : ''}`}
                      onClick={() => {
                        setTopic(t.id);
                        setPickTopic(false);
                      }}
                    >
                      {t.title}
                    </View>
                  ))}
                </View>
              </View>
            ))}
          </View>
        )}

        <LoadState
          error={status === 'error' ? error : ''}
          loading={status === 'loading'}
          onRetry={() => load(topic, { quiet: true })}
        />
        {status === 'ready' && items.length === 0 && <View className='state'>现在没有等待回答的问题。</View>}
        {status === 'ready' &&
          items.map((q) => (
            <View key={q.id} className='card qa-row qa-queue-item'>
              <View>
                {q.urgent && <UrgentBadge />}
                <Text className='qa-row__line'>
                  {topicLabel(q.topic)}
                  {q.city ? ` · ${cityLabel(q.city)}` : ''} · {dateTimeLabel(q.createdAt)}
                </Text>
              </View>
              <View className='qa-row__title'>{q.title}</View>
              <View className='qa-row__summary'>{q.body.length > 120 ? `${q.body.slice(0, 120)}…` : q.body}</View>
              <Button
                className='btn'
                loading={claiming === q.id}
                disabled={claiming !== null}
                onClick={() => claim(q.id)}
              >
                接手回答
              </Button>
            </View>
          ))}
        {status === 'ready' && hasMore && (
          <Button className='btn plain' onClick={loadMore}>
            看更多
          </Button>
        )}
        <View className='muted'>接手后 48 小时内没有回复，问题会自动回到队列。</View>
      </View>
    </View>
  );
}
