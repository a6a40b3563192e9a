import { useEffect, useState } from 'react';
import { Button, View } from '@tarojs/components';
import { CITY_LABELS, JOB_STATUSES, type JobListItem, type JobStatus } from '../../../../../shared/jobs';
import { adminApi } from '../../../../api/admin';
import Chips from '../../../../components/Chips';
import ListFooter from '../../../../components/ListFooter';
import NeedLogin from '../../../../components/NeedLogin';
import Screen, { LoadState } from '../../../../components/Screen';
import { useReturnVisit } from '../../../../hooks/useOwnList';
import { usePagedList } from '../../../../hooks/usePagedList';
import { useSession } from '../../../../session/SessionContext';
import { dateLabel, salaryLabel } from '../../../../utils/format';
import { openPage } from '../../../../utils/nav';
import { CONSOLE_PAGES } from '../../routes';
import '../../console.scss';

function PostingCard({ job }: { job: JobListItem }) {
  return (
    <View className='card console-card'>
      <View className='console-card__title'>{job.title}</View>
      <View className='console-card__line'>
        {job.employer.name} · {CITY_LABELS[job.city]} {job.district}
      </View>
      <View className='console-card__line'>
        {salaryLabel(job.salary)} · 截止 {dateLabel(job.expiresAt)}
      </View>
      <View className='console-row'>
        <Button className='btn plain small' onClick={() => void openPage(`${CONSOLE_PAGES.posting}?id=${job.id}`)}>
          修改
        </Button>
        <Button className='btn plain small' onClick={() => void openPage(`${CONSOLE_PAGES.intentions}?jobId=${job.id}`)}>
          就业意向
        </Button>
      </View>
    </View>
  );
}

/** The postings of her region, open or stopped, newest first. */
export default function Postings() {
  const { user } = useSession();
  const [status, setStatus] = useState<JobStatus>('open');
  const list = usePagedList((s: JobStatus, cursor?: string) => adminApi.jobs(s, cursor));

  useEffect(() => {
    if (user?.role === 'staff') void list.load(status);
  }, [status, user]);
  // Back from the form: show what she just saved.
  useReturnVisit(() => void list.refresh());

  return (
    <Screen title='岗位管理'>
      <NeedLogin line='请先登录工作人员账号。' roles={['staff']} roleLine='只有妇联工作人员能打开这个页面。'>
        <View className='console-row'>
          <Button className='btn small' onClick={() => void openPage(CONSOLE_PAGES.posting)}>
            发布新岗位
          </Button>
          <Button className='btn plain small' onClick={() => void openPage(CONSOLE_PAGES.import)}>
            从 Excel 导入
          </Button>
        </View>
        <Chips label='状态' options={JOB_STATUSES} value={status} onChange={setStatus} />
        <LoadState {...list.state} />
        {list.status === 'ready' && list.items.length === 0 && <View className='state'>这里还没有岗位。</View>}
        {list.items.map((j) => (
          <PostingCard key={j.id} job={j} />
        ))}
        <ListFooter list={list} />
      </NeedLogin>
    </Screen>
  );
}
