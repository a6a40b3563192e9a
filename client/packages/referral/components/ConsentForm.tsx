import { useMemo, useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, View } from '@tarojs/components';
import { COMMUNITIES } from '../../../../shared/org';
import { REFERRAL_REASON_LABELS, referralAcceptRequest, type Referral } from '../../../../shared/referrals';
import { referralsApi } from '../../../api/referrals';
import { ApiError, errorText } from '../../../api/http';
import Chips from '../../../components/Chips';
import TextField from '../../../components/TextField';
import { communitiesByDistrict } from './communities';
import Tick from './Tick';

const CALL_CHOICES = [
  { id: 'yes', label: '可以打电话' },
  { id: 'no', label: '不要打电话' },
] as const;

/** The consent screen: what will be shared, with whom, how to withdraw; then 同意 or 不需要. */
export default function ConsentForm({ r, onDone }: { r: Referral; onDone: (r: Referral) => void }) {
  const [communityId, setCommunityId] = useState<string | null>(null);
  const [phone, setPhone] = useState('');
  const [safeTimes, setSafeTimes] = useState('');
  const [call, setCall] = useState<'yes' | 'no' | null>(null);
  const [shareQuestion, setShareQuestion] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState<'accept' | 'decline' | null>(null);
  const groups = useMemo(communitiesByDistrict, []);
  const community = COMMUNITIES.find((c) => c.id === communityId);

  const accept = async () => {
    const parsed = referralAcceptRequest.safeParse({
      communityId: communityId ?? '',
      contactPhone: phone.trim() || undefined,
      safeTimes: safeTimes.trim() || undefined,
      safeToCall: call === 'yes',
      shareQuestion: r.questionId ? shareQuestion : undefined,
    });
    const next: Record<string, string> = {};
    if (!communityId) next.communityId = '请选择您的社区';
    if (!call) next.safeToCall = '请选择能不能给您打电话';
    if (!parsed.success) for (const i of parsed.error.issues) next[String(i.path[0])] ??= i.message;
    setErrors(next);
    if (Object.keys(next).length || !parsed.success) return;
    setBusy('accept');
    try {
      onDone(await referralsApi.accept(r.id, parsed.data));
      Taro.showToast({ title: '已同意', icon: 'success' });
    } catch (e) {
      setErrors({ form: e instanceof ApiError && e.fields[0] ? e.fields[0].message : errorText(e) });
    } finally {
      setBusy(null);
    }
  };

  const decline = async () => {
    setBusy('decline');
    try {
      onDone(await referralsApi.decline(r.id));
    } catch (e) {
      setErrors({ form: errorText(e) });
    } finally {
      setBusy(null);
    }
  };

  return (
    <View>
      <View className='card'>
        <View className='referral__line'>
          {r.proposedBy === 'volunteer' ? '志愿者建议' : '您想'}请您所在社区的妇联工作人员联系您
          {r.reason ? `，因为：${REFERRAL_REASON_LABELS[r.reason]}` : ''}。
        </View>
        <View className='referral__line'>同不同意由您决定。不同意，什么都不会告诉社区。</View>
      </View>

      <View className='referral__h'>1. 您住在哪个社区？</View>
      {groups.map((g) => (
        <View key={g.place}>
          <View className='referral__group'>{g.place}</View>
          <Chips label={g.place} options={g.options} value={communityId} onChange={setCommunityId} />
        </View>
      ))}
      {errors.communityId && <View className='error-text'>{errors.communityId}</View>}

      <View className='referral__h'>2. 怎么联系您</View>
      <Chips label='能不能打电话' options={CALL_CHOICES} value={call} onChange={setCall} />
      {errors.safeToCall && <View className='error-text'>{errors.safeToCall}</View>}
      <TextField label='联系电话（可以不填）' type='number' noCounter maxlength={11} value={phone} onInput={setPhone} placeholder='11 位手机号' error={errors.contactPhone} />
      <TextField label='什么时候联系您方便、安全（可以不填）' maxlength={100} value={safeTimes} onInput={setSafeTimes} placeholder='例如：工作日上午' error={errors.safeTimes} />
      {r.questionId && (
        <Tick on={shareQuestion} onChange={setShareQuestion}>
          允许查看我的提问
        </Tick>
      )}

      <View className='card'>
        <View className='referral__h'>会告诉谁</View>
        <View className='referral__line'>只告诉{community ? `「${community.name}」` : '您选的社区'}的妇联工作人员。别的社区看不到。志愿者只知道您同意了没有。</View>
        <View className='referral__h'>会告诉他们什么</View>
        <View className='referral__list'>
          <View>· 您的社区</View>
          <View>· 需要的帮助{r.reason ? `（${REFERRAL_REASON_LABELS[r.reason]}）` : ''}，急不急</View>
          <View>· 能不能给您打电话{call ? `（${call === 'yes' ? '可以' : '不要'}）` : ''}</View>
          {phone.trim() && <View>· 您的电话</View>}
          {safeTimes.trim() && <View>· 方便联系的时间</View>}
          <View>· {shareQuestion ? '您的提问内容' : '不告诉他们您的提问内容'}</View>
        </View>
        <View className='referral__h'>怎么撤回</View>
        <View className='referral__line'>任何时候都可以回到这一页，点「撤回同意」。撤回以后，您的电话和联系时间会被删除，社区只留下「有过一件事」用来统计。</View>
      </View>

      {errors.form && <View className='error-text'>{errors.form}</View>}
      <Button className='btn' loading={busy === 'accept'} disabled={busy !== null} onClick={accept}>
        同意转介
      </Button>
      <Button className='btn plain' loading={busy === 'decline'} disabled={busy !== null} onClick={decline}>
        不需要
      </Button>
    </View>
  );
}
