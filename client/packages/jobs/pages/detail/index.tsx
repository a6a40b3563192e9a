import { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { EDUCATION_LABELS, EXPERIENCE_LABELS, JOB_CATEGORY_LABELS } from '../../../../../shared/jobs';
import { jobsApi } from '../../../../api/jobs';
import { Employer, JobTags } from '../../../../components/JobCard';
import Screen from '../../../../components/Screen';
import { useLoaded } from '../../../../hooks/useLoaded';
import { useSession } from '../../../../session/SessionContext';
import { dateLabel, placeLabel, salaryLabel } from '../../../../utils/format';
import { findMyIntention } from '../../../../utils/mine';
import { openPage, PAGES } from '../../../../utils/nav';
import Registered from '../../components/Registered';
import '../../jobs.scss';

export default function JobDetail() {
  const id = useRouter().params.id ?? '';
  const { user } = useSession();
  const { data: job, load } = useLoaded(() => jobsApi.get(id), id);
  // A resident who already registered sees 已报名 instead of 我想报名.
  const resident = user?.role === 'resident';
  const mine = useLoaded(() => findMyIntention(id), resident ? `${id}:${user?.id}` : null);

  return (
    <Screen load={load}>
      {job && (
        <View>
          <View className='card'>
            <View className='title'>{job.title}</View>
            <View className='job-detail__salary'>{salaryLabel(job.salary)}</View>
            <View>
              <Employer employer={job.employer} />
            </View>
            <View className='muted'>
              {placeLabel(job.city, job.district)} · {JOB_CATEGORY_LABELS[job.category]} · 招 {job.headcount} 人
            </View>
            <JobTags tags={job.tags} />
          </View>
          <View className='card'>
            <View className='job-detail__h'>做什么</View>
            <Text className='job-detail__p'>{job.duties}</Text>
            <View className='job-detail__h'>要求</View>
            <Text className='job-detail__p'>{job.requirements}</Text>
            <View className='muted'>
              {EDUCATION_LABELS[job.education]} · {EXPERIENCE_LABELS[job.experience]}
            </View>
            <View className='job-detail__h'>工作地点</View>
            <Text className='job-detail__p'>{job.address}</Text>
            <View className='muted'>报名截止：{dateLabel(job.expiresAt)}</View>
          </View>
          {job.fairId && (
            <View className='card' role='link' onClick={() => job.fairId && openPage(PAGES.fair(job.fairId))}>
              这个岗位属于一场招聘会，点这里查看 ›
            </View>
          )}
          {mine.data ? (
            <Registered intention={mine.data} />
          ) : job.status === 'open' ? (
            <Button className='btn' disabled={resident && mine.loading} onClick={() => openPage(PAGES.jobApply(job.id))}>
              我想报名
            </Button>
          ) : (
            <Button className='btn disabled' disabled>
              已停止招聘
            </Button>
          )}
          <View className='muted job-detail__note'>报名后，妇联工作人员会打电话和您联系，不收任何费用。</View>
        </View>
      )}
    </Screen>
  );
}
