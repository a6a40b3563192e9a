import { useCallback, useEffect, useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { FairDetail } from '../../../../../shared/jobs';
import { jobsApi } from '../../../../api/jobs';
import { errorText } from '../../../../api/http';
import HelpStrip from '../../../../components/HelpStrip';
import JobCard from '../../../../components/JobCard';
import { fairModeLabel, placeLabel, timeRangeLabel } from '../../../../utils/format';
import { openPage, PAGES } from '../../../../utils/nav';
import '../../jobs.scss';

export default function Fair() {
  const id = useRouter().params.id ?? '';
  const [fair, setFair] = useState<FairDetail | null>(null);
  const [error, setError] = useState('');

  const load = useCallback(async () => {
    setError('');
    try {
      setFair(await jobsApi.fair(id));
    } catch (e) {
      setError(errorText(e));
    }
  }, [id]);

  useEffect(() => {
    load();
  }, [load]);

  return (
    <View>
      <HelpStrip />
      <View className='page'>
        {error && (
          <View className='state'>
            <View className='error-text'>{error}</View>
            <Button className='btn plain' onClick={load}>
              重试
            </Button>
          </View>
        )}
        {!error && !fair && <View className='state'>正在加载…</View>}
        {fair && (
          <View>
            <View className='card'>
              <View className='title'>
                {fair.title}
                {fair.womenSpecial && <Text className='badge special'>女性专场</Text>}
              </View>
              <View className='fair-card__line'>时间：{timeRangeLabel(fair.startAt, fair.endAt)}</View>
              <View className='fair-card__line'>方式：{fairModeLabel(fair.mode)}</View>
              <View className='fair-card__line'>地点：{fair.venue ?? `${placeLabel(fair.city)} · 线上`}</View>
              <View className='fair-card__line'>主办：{fair.organiser}</View>
              <View className='job-detail__p' style={{ marginTop: '8px' }}>
                {fair.description}
              </View>
            </View>
            <View className='title'>参会岗位（{fair.postings.length}）</View>
            {fair.postings.length === 0 && <View className='state'>岗位还在整理中，过几天再来看看</View>}
            {fair.postings.map((job) => (
              <JobCard key={job.id} job={job} onOpen={(jobId) => openPage(PAGES.jobDetail(jobId))} />
            ))}
          </View>
        )}
      </View>
    </View>
  );
}
