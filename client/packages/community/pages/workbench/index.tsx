import { useState } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import { Button, View } from '@tarojs/components';
import { pageUrl } from '../../../../../shared/pages';
import { REFERRAL_REASON_LABELS, dueLabel, type Referral } from '../../../../../shared/referrals';
import { referralsApi } from '../../../../api/referrals';
import { errorText } from '../../../../api/http';
import ListFooter from '../../../../components/ListFooter';
import NeedLogin from '../../../../components/NeedLogin';
import Screen from '../../../../components/Screen';
import { usePagedList } from '../../../../hooks/usePagedList';
import { openPage } from '../../../../utils/nav';
import '../../../referral/referral.scss';

const openCase = (id: string) => openPage(pageUrl('communityCase', { id }));

function whoHasIt(r: Referral): string {
  if (!r.claimed) return '新转介，还没人接手';
  return r.claimedByMe ? '我在跟进' : '同事在跟进';
}

/** One referral in the list: urgent and time left first, then what help she needs. */
export function ReferralRow({ r, onClaim, busy }: { r: Referral; onClaim?: () => void; busy?: boolean }) {
  return (
    <View className='card'>
      <View role='link' onClick={() => openCase(r.id)}>
        <View>
          {r.urgent && <View className='referral__pill is-urgent'>紧急</View>}
          {r.dueAt && <View className={`referral__pill ${r.overdue ? 'is-overdue' : ''}`}>{r.overdue ? '超时 · ' : ''}{dueLabel(r.dueAt, Date.now())}</View>}
        </View>
        <View className='referral__line'>{r.reason ? REFERRAL_REASON_LABELS[r.reason] : '转介'}</View>
        <View className='muted'>
          {whoHasIt(r)}
          {r.visitCount ? ` · 已联系 ${r.visitCount} 次` : ''}
        </View>
      </View>
      {onClaim && (
        <Button className='btn' loading={busy} disabled={busy} onClick={onClaim}>
          认领
        </Button>
      )}
    </View>
  );
}

/** 社区工作台: my community's referrals, urgent first, by time left to the deadline. */
export default function Workbench() {
  const list = usePagedList((_: void, cursor?: string) => referralsApi.community(cursor));
  const [claiming, setClaiming] = useState<string | null>(null);
  useDidShow(() => {
    void list.load(undefined, { quiet: true });
  });

  const claim = async (id: string) => {
    setClaiming(id);
    try {
      await referralsApi.claim(id);
      Taro.showToast({ title: '已认领', icon: 'success' });
      await openCase(id);
    } catch (e) {
      Taro.showToast({ title: errorText(e), icon: 'none' });
      void list.refresh();
    } finally {
      setClaiming(null);
    }
  };

  return (
    <Screen title='社区工作台' load={list.state} empty={list.items.length === 0 && '现在没有需要跟进的转介。'}>
      <NeedLogin line='请用社区工作者账号登录。' roles={['worker']} roleLine='这一页给社区妇联工作者用。'>
        <View className='muted referral__line'>紧急的在前面；时间是离必须联系她还剩多久。</View>
        {list.items.map((r) => (
          <ReferralRow key={r.id} r={r} busy={claiming === r.id} onClaim={r.claimed ? undefined : () => void claim(r.id)} />
        ))}
        <ListFooter list={list} />
      </NeedLogin>
    </Screen>
  );
}
