import { useCallback, useEffect, useState } from 'react';
import { useReachBottom } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { JobFair } from '../../../../../shared/jobs';
import { jobsApi } from '../../../../api/jobs';
import { errorText } from '../../../../api/http';
import HelpStrip from '../../../../components/HelpStrip';
import { fairModeLabel, placeLabel, timeRangeLabel } from '../../../../utils/format';
import { openPage, PAGES } from '../../../../utils/nav';
import '../../jobs.scss';

type Status = 'loading' | 'ready' | 'error';

/** Soonest first, so the next fair she can still go to is on top. */
const bySoonest = (a: JobFair, b: JobFair) => a.startAt.localeCompare(b.startAt);

export function FairCard({ fair, onOpen }: { fair: JobFair; onOpen: (id: string) => void }) {
  return (
    <View className='card fair-card' role='link' onClick={() => onOpen(fair.id)}>
      <View>
        <Text className='fair-card__title'>{fair.title}</Text>
        {fair.womenSpecial && <Text className='badge special'>女性专场</Text>}
      </View>
      <View className='fair-card__line'>时间：{timeRangeLabel(fair.startAt, fair.endAt)}</View>
      <View className='fair-card__line'>
        方式：<Text className='badge verified'>{fairModeLabel(fair.mode)}</Text>
      </View>
      <View className='fair-card__line'>地点：{fair.venue ?? `${placeLabel(fair.city)} · 线上`}</View>
      <View className='fair-card__line muted'>主办：{fair.organiser}</View>
    </View>
  );
}

export default function Fairs() {
  const [items, setItems] = useState<JobFair[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>('loading');
  const [error, setError] = useState('');

  const load = useCallback(async (after: string | null) => {
    if (!after) setStatus('loading');
    try {
      const page = await jobsApi.fairs({}, after);
      setItems((prev) => (after ? [...prev, ...page.items] : page.items).sort(bySoonest));
      setCursor(page.nextCursor);
      setStatus('ready');
    } catch (e) {
      setError(errorText(e));
      setStatus('error');
    }
  }, []);

  useEffect(() => {
    load(null);
  }, [load]);

  useReachBottom(() => {
    if (cursor && status === 'ready') load(cursor);
  });

  return (
    <View>
      <HelpStrip />
      <View className='page'>
        <View className='title'>招聘会</View>
        {status === 'loading' && <View className='state'>正在加载…</View>}
        {status === 'error' && (
          <View className='state'>
            <View className='error-text'>{error}</View>
            <Button className='btn plain' onClick={() => load(null)}>
              重试
            </Button>
          </View>
        )}
        {status === 'ready' && items.length === 0 && <View className='state'>近期没有招聘会，过几天再来看看</View>}
        {status === 'ready' && items.map((f) => <FairCard key={f.id} fair={f} onOpen={(id) => openPage(PAGES.fair(id))} />)}
        {status === 'ready' && cursor && (
          <Button className='btn plain' onClick={() => load(cursor)}>
            加载更多
          </Button>
        )}
      </View>
    </View>
  );
}
