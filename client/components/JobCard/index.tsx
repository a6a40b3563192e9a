import { Text, View } from '@tarojs/components';
import type { JobListItem } from '../../../shared/jobs';
import { JOB_TAG_LABELS } from '../../../shared/jobs.labels';
import { placeLabel, salaryLabel } from '../../utils/format';
import './index.scss';

export function EmployerBadges({ verified, womenLed }: { verified: boolean; womenLed: boolean }) {
  return (
    <>
      {womenLed && <Text className='badge women'>妇字号</Text>}
      {verified && <Text className='badge verified'>已认证</Text>}
    </>
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
        <Text>{job.employer.name}</Text>
        <EmployerBadges verified={job.employer.verified} womenLed={job.employer.womenLed} />
      </View>
      <View className='muted'>{placeLabel(job.city, job.district)}</View>
      {job.tags.length > 0 && (
        <View>
          {job.tags.map((t) => (
            <Text key={t} className='tag'>
              {JOB_TAG_LABELS[t]}
            </Text>
          ))}
        </View>
      )}
    </View>
  );
}
