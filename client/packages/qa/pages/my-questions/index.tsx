import { useCallback, useEffect, useState } from 'react';
import { useDidShow } from '@tarojs/taro';
import { Button, View } from '@tarojs/components';
import type { QuestionSummary } from '../../../../../shared/qa';
import { qaApi } from '../../../../api/qa';
import { errorText } from '../../../../api/http';
import HelpStrip from '../../../../components/HelpStrip';
import { useSession } from '../../../../session/SessionContext';
import { openPage, PAGES } from '../../../../utils/nav';
import Inbox from '../../components/Inbox';
import QuestionRow from '../../components/QuestionRow';
import { QA_PAGES } from '../../components/pages';
import '../../components/qa.scss';

type Status = 'loading' | 'ready' | 'error';

export default function MyQuestions() {
  const { user } = useSession();
  const [items, setItems] = useState<QuestionSummary[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>('loading');
  const [error, setError] = useState('');

  const load = useCallback(async () => {
    if (!user) return;
    setStatus((s) => (s === 'ready' ? s : 'loading'));
    try {
      const page = await qaApi.myQuestions();
      setItems(page.items);
      setCursor(page.nextCursor);
      setStatus('ready');
    } catch (e) {
      setError(errorText(e));
      setStatus('error');
    }
  }, [user]);

  useEffect(() => {
    load();
  }, [load]);
  useDidShow(() => {
    load();
  });

  const more = async () => {
    if (!cursor) return;
    try {
      const page = await qaApi.myQuestions(cursor);
      setItems((prev) => [...prev, ...page.items]);
      setCursor(page.nextCursor);
    } catch (e) {
      setError(errorText(e));
    }
  };

  if (!user) {
    return (
      <View>
        <HelpStrip />
        <View className='page'>
          <View className='card'>
            <View>请先登录。</View>
            <Button className='btn' onClick={() => openPage(PAGES.me)}>
              去登录
            </Button>
          </View>
        </View>
      </View>
    );
  }

  return (
    <View>
      <HelpStrip />
      <View className='page'>
        <View className='title'>我的提问</View>
        <Button className='btn' onClick={() => openPage(QA_PAGES.ask())}>
          我要提问
        </Button>
        {status === 'loading' && <View className='state'>正在加载…</View>}
        {status === 'error' && (
          <View className='state'>
            <View className='error-text'>{error}</View>
            <Button className='btn plain' onClick={load}>
              重试
            </Button>
          </View>
        )}
        {status === 'ready' && items.length === 0 && <View className='state'>还没有提过问题。</View>}
        {status === 'ready' &&
          items.map((q) => <QuestionRow key={q.id} q={q} onOpen={(id) => openPage(QA_PAGES.thread(id))} />)}
        {status === 'ready' && cursor && (
          <Button className='btn plain' onClick={more}>
            看更多
          </Button>
        )}
        <Inbox />
      </View>
    </View>
  );
}
