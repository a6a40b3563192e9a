import { Text, View } from '@tarojs/components';
import type { JobListItem } from '../../../shared/jobs';
import { JOB_TAG_LABELS, type JobTag } from '../../../shared/jobs.labels';
import { placeLabel, salaryLabel } from '../../utils/format';
import './index.scss';

/** The employer's name with 妇字号 / 已认证 when they apply. */
export function Employer({ employer }: { employer: JobListItem['employer'] }) {
  return (
    <>
      <Text>{employer.name}</Text>
      {employer.womenLed && <Text className='badge women'>妇字号</Text>}
      {employer.verified && <Text className='badge verified'>已认证</Text>}
    </>
  );
}

/** A posting's benefits (五险一金, 包吃住…) as tags; nothing when it lists none. */
export function JobTags({ tags }: { tags: readonly JobTag[] }) {
  if (tags.length === 0) return null;
  return (
    <View>
      {tags.map((t) => (
        <Text key={t} className='tag'>
          {JOB_TAG_LABELS[t]}
        </Text>
      ))}
    </View>
  );
}

/** One posting in a list: what, who, how much, where. */
export default function JobCard({ job, onOpen }: { job: JobListItem; onOpen: (id: string) => void }) {
  return (
    <View className='card job-card' role='link' onClick={() => onOpen(job.id)}>
      <View className='job-card__head'>
        <Text className='job-card__title'>{job.title}</Text>
        {job.status === 'closed' && <Text className='job-card__closed'>已停止招聘</Text>}
      </View>
      <View className='job-card__salary'>{salaryLabel(job.salary)}</View>
      <View className='job-card__employer'>
        <Employer employer={job.employer} />
      </View>
      <View className='muted'>{placeLabel(job.city, job.district)}</View>
      <JobTags tags={job.tags} />
    </View>
  );
}
