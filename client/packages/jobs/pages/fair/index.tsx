import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { jobsApi } from '../../../../api/jobs';
import JobCard from '../../../../components/JobCard';
import Screen, { EmptyState } from '../../../../components/Screen';
import { useLoaded } from '../../../../hooks/useLoaded';
import { fairModeLabel, placeLabel, timeRangeLabel } from '../../../../utils/format';
import { openPage, PAGES } from '../../../../utils/nav';
import '../../jobs.scss';

export default function Fair() {
  const id = useRouter().params.id ?? '';
  const { data: fair, load } = useLoaded(() => jobsApi.fair(id), id);

  return (
    <Screen load={load}>
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
          {fair.postings.length === 0 && <EmptyState>岗位还在整理中，过几天再来看看。</EmptyState>}
          {fair.postings.map((job) => (
            <JobCard key={job.id} job={job} onOpen={(jobId) => openPage(PAGES.jobDetail(jobId))} />
          ))}
        </View>
      )}
    </Screen>
  );
}
