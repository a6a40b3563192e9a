import { useEffect, useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { INTENTION_NEXT, INTENTION_STATUS_LABELS, type AdminIntention, type IntentionStatus } from '../../../../../shared/jobs';
import { adminApi } from '../../../../api/admin';
import { errorText } from '../../../../api/http';
import ListFooter from '../../../../components/ListFooter';
import NeedLogin from '../../../../components/NeedLogin';
import Screen, { LoadState } from '../../../../components/Screen';
import TextField from '../../../../components/TextField';
import { usePagedList } from '../../../../hooks/usePagedList';
import { useSession } from '../../../../session/SessionContext';
import { dateTimeLabel } from '../../../../utils/format';
import '../../console.scss';

/** What the button for each next step says. */
const STEP_LABELS: Record<IntentionStatus, string> = {
  pending: '待联系',
  contacted: '标为已联系',
  interviewing: '标为面试中',
  hired: '标为已录用',
  'not-suitable': '标为不合适',
};

function IntentionCard({ item, onChanged }: { item: AdminIntention; onChanged: (i: AdminIntention) => void }) {
  const [note, setNote] = useState(item.note ?? '');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const step = async (status: IntentionStatus) => {
    setBusy(true);
    setError('');
    try {
      onChanged(await adminApi.setIntentionStatus(item.id, { status, ...(note.trim() ? { note: note.trim() } : {}) }));
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className='card console-card' aria-label={`就业意向 ${item.name}`}>
      <View className='console-card__title'>
        {item.name}
        <Text className='console-status'>{INTENTION_STATUS_LABELS[item.status]}</Text>
      </View>
      <View className='console-card__line'>手机：{item.phone}</View>
      {item.message && <View className='console-card__line'>留言：{item.message}</View>}
      <View className='console-card__line'>登记时间：{dateTimeLabel(item.createdAt)}</View>
      {INTENTION_NEXT[item.status].length > 0 && (
        <View>
          <TextField label='跟进备注（只有工作人员能看到）' value={note} maxlength={200} onInput={setNote} />
          <View className='console-row'>
            {INTENTION_NEXT[item.status].map((s) => (
              <Button key={s} className='btn plain small' disabled={busy} onClick={() => void step(s)}>
                {STEP_LABELS[s]}
              </Button>
            ))}
          </View>
        </View>
      )}
      {error && <View className='error-text'>{error}</View>}
    </View>
  );
}

/** A posting's intentions: follow each one up to an outcome, and export the list. */
export default function Intentions() {
  const { params } = useRouter() as { params: Record<string, string | undefined> };
  const jobId = params.jobId ?? '';
  const { user } = useSession();
  const list = usePagedList((_: void, cursor?: string) => adminApi.intentions(jobId, cursor));
  const [exportError, setExportError] = useState('');

  useEffect(() => {
    if (user?.role === 'staff' && jobId) void list.load();
  }, [user, jobId]);

  const exportSheet = async () => {
    setExportError('');
    try {
      await adminApi.intentionsSheet(jobId);
    } catch (e) {
      setExportError(errorText(e));
    }
  };

  return (
    <Screen title='就业意向'>
      <NeedLogin line='请先登录工作人员账号。' roles={['staff']} roleLine='只有妇联工作人员能打开这个页面。'>
        <Button className='btn plain small' onClick={exportSheet}>
          导出 Excel
        </Button>
        <View className='muted'>导出表格含姓名和手机号，每次导出都会留下记录。请妥善保管，不要转发给无关的人。</View>
        {exportError && <View className='error-text'>{exportError}</View>}
        <LoadState {...list.state} />
        {list.status === 'ready' && list.items.length === 0 && <View className='state'>还没有人登记这个岗位。</View>}
        {list.items.map((i) => (
          <IntentionCard key={`${i.id}-${i.status}`} item={i} onChanged={(n) => list.setItems((all) => all.map((x) => (x.id === n.id ? n : x)))} />
        ))}
        <ListFooter list={list} />
      </NeedLogin>
    </Screen>
  );
}
