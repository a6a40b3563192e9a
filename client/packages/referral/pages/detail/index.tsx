import { useEffect, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, View } from '@tarojs/components';
import { pageUrl } from '../../../../../shared/pages';
import { REFERRAL_OUTCOME_LABELS, REFERRAL_STATUS_LABELS, type Referral } from '../../../../../shared/referrals';
import { referralsApi } from '../../../../api/referrals';
import { errorText } from '../../../../api/http';
import NeedLogin from '../../../../components/NeedLogin';
import Screen from '../../../../components/Screen';
import { useLoaded } from '../../../../hooks/useLoaded';
import { openPage } from '../../../../utils/nav';
import '../../referral.scss';
import ConsentForm from '../../components/ConsentForm';
import VisitLog from '../../components/VisitLog';

/** Where her referral is now, and 撤回同意 while it is open. */
function State({ r, onDone }: { r: Referral; onDone: (r: Referral) => void }) {
  const [busy, setBusy] = useState(false);
  const open = r.status === 'accepted' || r.status === 'claimed';
  const withdraw = async () => {
    const { confirm } = await Taro.showModal({
      title: '撤回同意',
      content: '撤回以后，社区不会再联系您，您的电话和联系时间会被删除。确定撤回吗？',
      confirmText: '撤回',
      cancelText: '不撤回',
    });
    if (!confirm) return;
    setBusy(true);
    try {
      onDone(await referralsApi.withdraw(r.id));
      Taro.showToast({ title: '已撤回', icon: 'success' });
    } catch (e) {
      Taro.showToast({ title: errorText(e), icon: 'none' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <View>
      <View className='card'>
        <View>
          <View className={`referral__pill ${open ? '' : 'is-done'}`}>{REFERRAL_STATUS_LABELS[r.status]}</View>
        </View>
        {r.community && <View className='referral__line'>社区：{r.community.name}</View>}
        {r.status === 'accepted' && <View className='referral__line'>社区妇联的工作人员会按您说的方式联系您。</View>}
        {r.status === 'claimed' && <View className='referral__line'>社区妇联的工作人员已经接手了。</View>}
        {r.outcome && <View className='referral__line'>结果：{REFERRAL_OUTCOME_LABELS[r.outcome]}</View>}
        {r.contact && (
          <View className='muted referral__line'>
            您告诉了社区：{r.contact.safeToCall ? '可以打电话' : '不要打电话'}
            {r.contact.phone ? `，电话 ${r.contact.phone}` : ''}
            {r.contact.safeTimes ? `，${r.contact.safeTimes}` : ''}
            {r.shareQuestion ? '，可以看您的提问' : ''}
          </View>
        )}
      </View>
      <VisitLog visits={r.visits} />
      {(open || r.status === 'proposed') && (
        <View>
          <View className='muted referral__line'>撤回以后，您的电话和联系时间会被删除，社区只留下「有过一件事」用来统计。</View>
          <Button className='btn plain' loading={busy} disabled={busy} onClick={withdraw}>
            撤回同意
          </Button>
        </View>
      )}
    </View>
  );
}

/** Her referral: the consent screen while it waits for her, then its state. */
export default function ReferralDetail() {
  const id = useRouter().params.id ?? '';
  const { data, setData, load } = useLoaded(() => referralsApi.get(id), id || null);

  useEffect(() => {
    // A community worker following a notice lands here: her page is the workbench case.
    if (data?.viewer === 'worker') void openPage(pageUrl('communityCase', { id: data.id }));
  }, [data]);

  return (
    <Screen title='转介到社区' load={load}>
      <NeedLogin line='请先登录，再查看这条转介。'>
        {data && data.viewer === 'resident' && data.status === 'proposed' && <ConsentForm r={data} onDone={setData} />}
        {data && data.viewer === 'resident' && data.status !== 'proposed' && <State r={data} onDone={setData} />}
        {data && data.viewer !== 'resident' && (
          <View className='card'>
            <View className='referral__line'>现在：{REFERRAL_STATUS_LABELS[data.status]}</View>
          </View>
        )}
      </NeedLogin>
    </Screen>
  );
}
