import { useCallback, useEffect, useState } from 'react';
import { Button, Input, Text, View } from '@tarojs/components';
import type { TopicSummary } from '../../../shared/qa';
import { TOPIC_TITLES, type TopicId } from '../../../shared/topics';
import { qaApi, type ArticleFilters } from '../../api/qa';
import { LoadState, usePagedList } from '../../components/Loaded';
import HelpStrip from '../../components/HelpStrip';
import { useSession } from '../../session/SessionContext';
import { openPage } from '../../utils/nav';
import { QA_PAGES } from '../../packages/qa/components/pages';
import { groupTopics, useDebouncedValue } from './search';
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
  const { items, status, error, loadingMore, hasMore, load, loadMore, clear } = usePagedList(qaApi.articles, 'idle');
  const q = useDebouncedValue(keyword.trim());

  useEffect(() => {
    qaApi.topics().then(
      (res) => setTopics(res.items),
      () => setTopics([]),
    );
  }, []);

  const search = useCallback(
    (filters: ArticleFilters) => (filters.q || filters.topic ? load(filters) : clear()),
    [load, clear],
  );

  const filters: ArticleFilters = { q: q || undefined, topic };
  useEffect(() => {
    search({ q: q || undefined, topic });
  }, [q, topic, search]);

  const groups = groupTopics(topics);

  return (
    <View>
      <HelpStrip />
      <View className='page'>
        <View className='qa-home__search'>
          <Input
            className='qa-home__search-input'
            value={keyword}
            placeholder='说说你遇到的事，如：老公打我怎么办'
            confirmType='search'
            maxlength={100}
            aria-label='搜索法律问题'
            onInput={(e) => setKeyword(e.detail.value)}
          />
        </View>

        {topic && (
          <View className='qa-home__filter' role='button' onClick={() => setTopic(undefined)}>
            <Text>只看：{TOPIC_TITLES[topic]}</Text>
            <Text>✕ 看全部</Text>
          </View>
        )}

        {status === 'idle' && (
          <View>
            <View className='muted'>也可以按类别找：</View>
            {groups.map((g) => (
              <View key={g.id}>
                <View className='qa-home__group'>{g.title}</View>
                <View className='qa-home__chips'>
                  {g.topics.map((t) => (
                    <View key={t.id} className='qa-home__chip' role='button' onClick={() => setTopic(t.id)}>
                      {t.title}
                    </View>
                  ))}
                </View>
              </View>
            ))}
            <AskCard text='找不到答案？可以私下问志愿律师，只有接手的律师能看到。' />
          </View>
        )}

        <LoadState
          error={status === 'error' ? error : ''}
          loading={status === 'loading'}
          loadingText='正在查找…'
          onRetry={() => search(filters)}
        />
        {status === 'ready' && items.length === 0 && (
          <View>
            <View className='state'>没有找到相关的内容。换个说法试试，或者直接问律师。</View>
            <AskCard topic={topic} text='志愿律师会看你的问题，用大白话回答你。' />
          </View>
        )}
        {status === 'ready' && items.length > 0 && (
          <View>
            {items.map((a) => (
              <View
                key={a.id}
                className='card qa-home__result'
                role='link'
                onClick={() => openPage(QA_PAGES.article(a.id))}
              >
                <View className='qa-home__result-title'>{a.title}</View>
                <View className='qa-home__result-summary'>{a.summary}</View>
              </View>
            ))}
            {hasMore && (
              <Button className='btn plain' loading={loadingMore} onClick={loadMore}>
                {loadingMore ? '正在加载…' : '看更多'}
              </Button>
            )}
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
      </View>
    </View>
  );
}
