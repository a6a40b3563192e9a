import { useEffect } from 'react';
import { Text, View } from '@tarojs/components';
import type { JobFair } from '../../../../../shared/jobs';
import { jobsApi } from '../../../../api/jobs';
import ListFooter from '../../../../components/ListFooter';
import Screen from '../../../../components/Screen';
import { usePagedList } from '../../../../hooks/usePagedList';
import { fairModeLabel, placeLabel, timeRangeLabel } from '../../../../utils/format';
import { openPage, PAGES } from '../../../../utils/nav';
import '../../jobs.scss';

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

/** Every upcoming fair, page by page in the server's order (soonest first). */
export default function Fairs() {
  const list = usePagedList((_: void, cursor?: string) => jobsApi.fairs({}, cursor));
  useEffect(() => {
    void list.load();
  }, []);

  return (
    <Screen title='招聘会' load={list.state} empty={list.items.length === 0 && '近期没有招聘会，过几天再来看看。'}>
      {list.items.map((f) => (
        <FairCard key={f.id} fair={f} onOpen={(id) => openPage(PAGES.fair(id))} />
      ))}
      <ListFooter list={list} />
    </Screen>
  );
}
