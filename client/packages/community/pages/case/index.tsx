import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, View } from '@tarojs/components';
import { REFERRAL_OUTCOMES, REFERRAL_OUTCOME_LABELS, type Referral, type ReferralOutcome } from '../../../../../shared/referrals';
import { referralsApi } from '../../../../api/referrals';
import { errorText } from '../../../../api/http';
import Chips from '../../../../components/Chips';
import NeedLogin from '../../../../components/NeedLogin';
import Screen from '../../../../components/Screen';
import { useLoaded } from '../../../../hooks/useLoaded';
import '../../../referral/referral.scss';
import VisitLog from '../../../referral/components/VisitLog';
import SharedDetails from '../../components/SharedDetails';
import VisitForm from '../../components/VisitForm';

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
            <SharedDetails r={r} />
            {r.status === 'accepted' && (
              <Button className='btn' loading={claiming} disabled={claiming} onClick={claim}>
                认领
              </Button>
            )}
            {r.status === 'claimed' && !r.claimedByMe && <View className='state'>同事已经在跟进这条转介。</View>}
            {mine && <VisitForm r={r} onDone={setData} />}
            <VisitLog visits={r.visits} />
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
