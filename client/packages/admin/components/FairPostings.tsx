import { useEffect, useState } from 'react';
import { Button, View } from '@tarojs/components';
import type { FairDetail, JobListItem } from '../../../../shared/jobs';
import { adminApi } from '../../../api/admin';
import { errorText } from '../../../api/http';
import { jobsApi } from '../../../api/jobs';

/** Postings of her region that can be added to this fair or taken out of it. */
export default function FairPostings({ fair, onChanged }: { fair: FairDetail; onChanged: () => void }) {
  const [jobs, setJobs] = useState<JobListItem[]>([]);
  const [error, setError] = useState('');
  // Once per fair: adding or removing a posting changes `fair.postings`, not this list.
  useEffect(() => {
    adminApi
      .jobs('open')
      .then((p) => setJobs(p.items))
      .catch((e) => setError(errorText(e)));
  }, [fair.id]);

  const move = async (job: JobListItem, attach: boolean) => {
    setError('');
    try {
      const current = await jobsApi.get(job.id);
      await adminApi.patchJob(job.id, { version: current.version, fairId: attach ? fair.id : null });
      onChanged();
    } catch (e) {
      setError(errorText(e));
    }
  };

  const attached = new Set(fair.postings.map((p) => p.id));
  return (
    <View>
      <View className='title'>招聘会的岗位</View>
      {jobs.length === 0 && <View className='muted'>您管辖范围内还没有招聘中的岗位。</View>}
      {jobs.map((j) => (
        <View key={j.id} className='console-row'>
          <View style={{ flex: 1 }}>{j.title}（{j.employer.name}）</View>
          <Button className='btn plain small' onClick={() => void move(j, !attached.has(j.id))}>
            {attached.has(j.id) ? '移出' : '加入'}
          </Button>
        </View>
      ))}
      {error && <View className='error-text'>{error}</View>}
    </View>
  );
}
