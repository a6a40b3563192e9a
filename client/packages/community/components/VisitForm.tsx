import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, View } from '@tarojs/components';
import { VISIT_KINDS, VISIT_RESULTS, type Referral, type VisitKind, type VisitResult } from '../../../../shared/referrals';
import { referralsApi } from '../../../api/referrals';
import { ApiError, errorText } from '../../../api/http';
import Chips from '../../../components/Chips';
import TextField from '../../../components/TextField';

const DAY = 24 * 3600_000;
const NEXT = [
  { id: 'none', label: '不用再回访' },
  { id: '1', label: '明天' },
  { id: '3', label: '3 天后' },
  { id: '7', label: '1 周后' },
] as const;
type Next = (typeof NEXT)[number]['id'];

/** Record a contact or visit in a few taps: how, result, when next; the note is optional. */
export default function VisitForm({ r, onDone }: { r: Referral; onDone: (r: Referral) => void }) {
  const [kind, setKind] = useState<VisitKind | null>(null);
  const [result, setResult] = useState<VisitResult | null>(null);
  const [next, setNext] = useState<Next>('none');
  const [note, setNote] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const save = async () => {
    if (!kind || !result) {
      setError('请选择联系方式和结果');
      return;
    }
    setBusy(true);
    setError('');
    const now = Date.now();
    try {
      const done = await referralsApi.visit(r.id, {
        at: new Date(now).toISOString(),
        kind,
        result,
        note: note.trim() || undefined,
        nextVisitAt: next === 'none' ? undefined : new Date(now + Number(next) * DAY).toISOString(),
      });
      setKind(null);
      setResult(null);
      setNote('');
      setNext('none');
      onDone(done);
      Taro.showToast({ title: '已记录', icon: 'success' });
    } catch (e) {
      setError(e instanceof ApiError && e.fields[0] ? e.fields[0].message : errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <View className='card'>
      <View className='referral__h'>记录一次联系</View>
      <Chips label='联系方式' options={VISIT_KINDS} value={kind} onChange={setKind} />
      <View className='referral__group'>结果</View>
      <Chips label='结果' options={VISIT_RESULTS} value={result} onChange={setResult} />
      <View className='referral__group'>下次回访</View>
      <Chips label='下次回访' options={NEXT} value={next} onChange={setNext} />
      <TextField label='备注（可以不填，只有社区工作人员能看）' multiline maxlength={1000} value={note} onInput={setNote} placeholder='不要写她不愿意让人知道的事' />
      {error && <View className='error-text'>{error}</View>}
      <Button className='btn' loading={busy} disabled={busy} onClick={save}>
        保存记录
      </Button>
    </View>
  );
}
