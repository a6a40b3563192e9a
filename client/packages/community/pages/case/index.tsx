import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import {
  REFERRAL_OUTCOMES,
  REFERRAL_OUTCOME_LABELS,
  REFERRAL_REASON_LABELS,
  VISIT_KINDS,
  VISIT_KIND_LABELS,
  VISIT_RESULTS,
  VISIT_RESULT_LABELS,
  dueLabel,
  type Referral,
  type ReferralOutcome,
  type VisitKind,
  type VisitResult,
} from '../../../../../shared/referrals';
import { referralsApi } from '../../../../api/referrals';
import { ApiError, errorText } from '../../../../api/http';
import Chips from '../../../../components/Chips';
import NeedLogin from '../../../../components/NeedLogin';
import Screen from '../../../../components/Screen';
import TextField from '../../../../components/TextField';
import { useLoaded } from '../../../../hooks/useLoaded';
import { dateTimeLabel } from '../../../../utils/format';
import { callPhone } from '../../../../utils/nav';
import '../../../referral/referral.scss';

const DAY = 24 * 3600_000;
const NEXT = [
  { id: 'none', label: '不用再回访' },
  { id: '1', label: '明天' },
  { id: '3', label: '3 天后' },
  { id: '7', label: '1 周后' },
] as const;
type Next = (typeof NEXT)[number]['id'];

/** What she chose to share, and nothing else. */
function Shared({ r }: { r: Referral }) {
  const c = r.contact;
  return (
    <View className='card'>
      <View>
        {r.urgent && <View className='referral__pill is-urgent'>紧急</View>}
        {r.dueAt && (
          <View className={`referral__pill ${r.overdue ? 'is-overdue' : ''}`}>
            {r.overdue ? '超时 · ' : ''}
            {dueLabel(r.dueAt, Date.now())}
          </View>
        )}
      </View>
      <View className='referral__line'>需要的帮助：{r.reason ? REFERRAL_REASON_LABELS[r.reason] : '—'}</View>
      {r.community && <View className='referral__line'>社区：{r.community.name}</View>}
      {c && (
        <View>
          <View className='referral__line'>{c.safeToCall ? '可以打电话' : '她说不要打电话，请用别的方式联系'}</View>
          {c.phone && (
            <View className='referral__line'>
              电话：<Text selectable>{c.phone}</Text>
            </View>
          )}
          {c.safeTimes && <View className='referral__line'>方便联系的时间：{c.safeTimes}</View>}
          {c.phone && c.safeToCall && (
            <Button className='btn plain small' onClick={() => callPhone(c.phone ?? '')}>
              拨打电话
            </Button>
          )}
        </View>
      )}
      {r.question ? (
        <View>
          <View className='referral__h'>她的提问</View>
          <View className='referral__line'>{r.question.title}</View>
          <Text className='referral__line'>{r.question.body}</Text>
        </View>
      ) : (
        <View className='muted referral__line'>她没有同意您看她的提问。</View>
      )}
    </View>
  );
}

/** Record a contact or visit in a few taps: how, result, when next; the note is optional. */
function VisitForm({ r, onDone }: { r: Referral; onDone: (r: Referral) => void }) {
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

function CloseForm({ r, onDone }: { r: Referral; onDone: (r: Referral) => void }) {
  const [outcome, setOutcome] = useState<ReferralOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  const close = async () => {
    if (!outcome) {
      Taro.showToast({ title: '请选择结果', icon: 'none' });
      return;
    }
    const { confirm } = await Taro.showModal({
      title: '结束转介',
      content: `结果：${REFERRAL_OUTCOME_LABELS[outcome]}。结束以后，她的电话会被删除。确定结束吗？`,
      confirmText: '结束',
      cancelText: '不结束',
    });
    if (!confirm) return;
    setBusy(true);
    try {
      onDone(await referralsApi.close(r.id, { outcome }));
    } catch (e) {
      Taro.showToast({ title: errorText(e), icon: 'none' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <View className='card'>
      <View className='referral__h'>结束转介</View>
      <Chips label='结果' options={REFERRAL_OUTCOMES} value={outcome} onChange={setOutcome} />
      <Button className='btn plain' loading={busy} disabled={busy} onClick={close}>
        结束转介
      </Button>
    </View>
  );
}

/** One referral for a community worker: what she shared, claim, record visits, close. */
export default function Case() {
  const id = useRouter().params.id ?? '';
  const { data: r, setData, load } = useLoaded(() => referralsApi.get(id), id || null);
  const [claiming, setClaiming] = useState(false);
  const claim = async () => {
    setClaiming(true);
    try {
      setData(await referralsApi.claim(id));
      Taro.showToast({ title: '已认领', icon: 'success' });
    } catch (e) {
      Taro.showToast({ title: errorText(e), icon: 'none' });
    } finally {
      setClaiming(false);
    }
  };
  const mine = r?.status === 'claimed' && r.claimedByMe;
  return (
    <Screen title='转介跟进' load={load}>
      <NeedLogin line='请用社区工作者账号登录。' roles={['worker']} roleLine='这一页给社区妇联工作者用。'>
        {r && (
          <View>
            <Shared r={r} />
            {r.status === 'accepted' && (
              <Button className='btn' loading={claiming} disabled={claiming} onClick={claim}>
                认领
              </Button>
            )}
            {r.status === 'claimed' && !r.claimedByMe && <View className='state'>同事已经在跟进这条转介。</View>}
            {mine && <VisitForm r={r} onDone={setData} />}
            {(r.visits ?? []).length > 0 && (
              <View className='card'>
                <View className='referral__h'>联系记录</View>
                {(r.visits ?? []).map((v) => (
                  <View key={v.id} className='referral__line'>
                    {dateTimeLabel(v.at)} · {VISIT_KIND_LABELS[v.kind]} · {VISIT_RESULT_LABELS[v.result]}
                    {v.note ? `：${v.note}` : ''}
                  </View>
                ))}
              </View>
            )}
            {mine && <CloseForm r={r} onDone={setData} />}
            {r.status === 'closed' && (
              <View className='state'>已结束{r.outcome ? `：${REFERRAL_OUTCOME_LABELS[r.outcome]}` : ''}。</View>
            )}
          </View>
        )}
      </NeedLogin>
    </Screen>
  );
}
