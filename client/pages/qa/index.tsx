import { useCallback, useEffect, useRef, useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import type { TopicSummary } from '../../../shared/qa';
import { TOPIC_TITLES, type TopicId } from '../../../shared/topic-list';
import { pageUrl } from '../../../shared/pages';
import { qaMain, type ArticleFilters } from '../../api/main';
import ListFooter from '../../components/ListFooter';
import Screen, { EmptyState, LoadState } from '../../components/Screen';
import SearchBox from '../../components/SearchBox';
import TopicPicker from '../../components/TopicPicker';
import { usePagedList } from '../../hooks/usePagedList';
import { useSession } from '../../session/SessionContext';
import { openPage } from '../../utils/nav';
import { QA_PAGES } from '../../packages/qa/components/pages';
import { groupTopics, useSearchInput } from './search';
import './index.scss';

/** "Didn't find it? Ask a volunteer lawyer" — the way out of every list. */
function AskCard({ topic, text }: { topic?: TopicId; text: string }) {
  return (
    <View className='card qa-home__ask'>
      <View>{text}</View>
      <Button className='btn' onClick={() => openPage(QA_PAGES.ask(topic))}>
        向志愿律师提问
      </Button>
    </View>
  );
}

export default function Qa() {
  const { user } = useSession();
  const [keyword, setKeyword] = useState('');
  const [topic, setTopic] = useState<TopicId | undefined>();
  const [topics, setTopics] = useState<TopicSummary[]>([]);
  const list = usePagedList(qaMain.articles, 'idle');
  const { items, status, load, clear } = list;
  // The words last sent, and the topic on screen, for the handlers below.
  const q = useRef('');
  const topicNow = useRef(topic);
  topicNow.current = topic;

  useEffect(() => {
    qaMain.topics().then(
      (res) => setTopics(res.items),
      () => setTopics([]),
    );
  }, []);

  const search = useCallback(
    (filters: ArticleFilters) => (filters.q || filters.topic ? load(filters) : clear()),
    [load, clear],
  );

  // Typing: the request leaves from the input handler (first change after a pause at once, the rest debounced).
  const sendTerm = useSearchInput((term) => {
    q.current = term;
    void search({ q: term || undefined, topic: topicNow.current });
  });
  const onInput = (value: string) => {
    setKeyword(value);
    sendTerm(value.trim());
  };

  useEffect(() => {
    void search({ q: q.current || undefined, topic });
  }, [topic, search]);

  // Only topics that have articles; six groups, each folded after a few with 更多.
  const withArticles = groupTopics(topics).flatMap((g) => g.topics.map((t) => t.id));

  return (
    <Screen>
      <View className='qa-home__search'>
        <SearchBox label='搜索法律问题' value={keyword} placeholder='说说您遇到的事，如：老公打我怎么办' maxlength={100} onInput={onInput} />
      </View>

      {topic && (
        <View className='qa-home__filter' role='button' onClick={() => setTopic(undefined)}>
          <Text>只看：{TOPIC_TITLES[topic]}</Text>
          <Text>✕ 看全部</Text>
        </View>
      )}
      {topic && (
        <View className='qa-home__filter' role='link' onClick={() => openPage(pageUrl('events', { topic }))}>
          <Text>附近有讲这个的活动</Text>
          <Text>›</Text>
        </View>
      )}

      {status === 'idle' && (
        <View>
          <View className='muted'>也可以按类别找：</View>
          {withArticles.length > 0 && <TopicPicker value={topic} onChange={setTopic} only={withArticles} />}
          <AskCard text='找不到答案？可以私下问志愿律师，只有接手的律师能看到。' />
        </View>
      )}

      <LoadState {...list.state} loadingText='正在查找…' />
      {status === 'ready' && items.length === 0 && (
        <View>
          <EmptyState>没有找到相关的内容。换个说法试试，或者直接问律师。</EmptyState>
          <AskCard topic={topic} text='志愿律师会看您的问题，用大白话回答您。' />
        </View>
      )}
      {status === 'ready' && items.length > 0 && (
        <View>
          {items.map((a) => (
            <View key={a.id} className='card qa-home__result' role='link' onClick={() => openPage(QA_PAGES.article(a.id))}>
              <View className='qa-home__result-title'>{a.title}</View>
              <View className='qa-home__result-summary'>{a.summary}</View>
            </View>
          ))}
          <ListFooter list={list} more='看更多' />
          <AskCard topic={topic} text='没找到想要的？' />
        </View>
      )}

      {user?.role === 'resident' && (
        <View className='qa-home__links'>
          <Button className='btn plain' onClick={() => openPage(QA_PAGES.myQuestions)}>
            我的提问
          </Button>
        </View>
      )}
    </Screen>
  );
}
