import { useMemo, useState } from 'react';
import { Button, View } from '@tarojs/components';
import { workerApplyRequest } from '../../../../../shared/referrals';
import { referralsApi } from '../../../../api/referrals';
import { ApiError, errorText } from '../../../../api/http';
import Chips from '../../../../components/Chips';
import NeedLogin from '../../../../components/NeedLogin';
import Screen from '../../../../components/Screen';
import TextField from '../../../../components/TextField';
import { communitiesByDistrict } from '../../../referral/components/communities';
import '../../../referral/referral.scss';

/** A grid worker or community 妇联 member asks to serve her community; district staff approve. */
export default function ApplyAsWorker() {
  const groups = useMemo(communitiesByDistrict, []);
  const [communityId, setCommunityId] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [error, setError] = useState('');
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const parsed = workerApplyRequest.safeParse({ communityId: communityId ?? '', name });
    if (!communityId) return setError('请选择您所在的社区');
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? '请填写姓名');
    setBusy(true);
    setError('');
    try {
      await referralsApi.applyAsWorker(parsed.data);
      setDone(true);
    } catch (e) {
      setError(e instanceof ApiError && e.fields[0] ? e.fields[0].message : errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Screen title='社区妇联工作者登记'>
      <NeedLogin line='请先登录。' roles={['resident']} roleLine='这个账号已经有别的身份了。'>
        {done ? (
          <View className='state'>已提交。区妇联审核通过后，「我的」里会出现「社区工作台」。</View>
        ) : (
          <View>
            <View className='referral__line'>如果您是社区网格员或社区妇联执委，请登记。区妇联审核通过后，您可以接手本社区居民同意的转介。</View>
            <View className='referral__h'>您在哪个社区？</View>
            {groups.map(({ place, options }) => (
              <View key={place}>
                <View className='referral__group'>{place}</View>
                <Chips label={place} options={options} value={communityId} onChange={setCommunityId} />
              </View>
            ))}
            <TextField label='您的姓名（区妇联审核用）' maxlength={20} value={name} onInput={setName} placeholder='姓名' />
            {error && <View className='error-text'>{error}</View>}
            <Button className='btn' loading={busy} disabled={busy} onClick={submit}>
              提交登记
            </Button>
          </View>
        )}
      </NeedLogin>
    </Screen>
  );
}
