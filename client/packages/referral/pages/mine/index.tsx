import { useDidShow } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { pageUrl } from '../../../../../shared/pages';
import { REFERRAL_REASON_LABELS, REFERRAL_STATUS_LABELS, type Referral } from '../../../../../shared/referrals';
import { referralsApi } from '../../../../api/referrals';
import ListFooter from '../../../../components/ListFooter';
import NeedLogin from '../../../../components/NeedLogin';
import Screen from '../../../../components/Screen';
import { usePagedList } from '../../../../hooks/usePagedList';
import { dateLabel } from '../../../../utils/format';
import { openPage } from '../../../../utils/nav';
import '../../referral.scss';

/** Her referrals to the community, newest first; a proposal waiting for her says so. */
export default function MyReferrals() {
  const list = usePagedList((_: void, cursor?: string) => referralsApi.mine(cursor, 20));
  useDidShow(() => {
    void list.load(undefined, { quiet: true });
  });
  return (
    <Screen title='我的转介' load={list.state} empty={list.items.length === 0 && '现在没有转介。'}>
      <NeedLogin line='请先登录，再查看您的转介。'>
        {list.items.map((r: Referral) => (
          <View key={r.id} className='card' role='link' onClick={() => openPage(pageUrl('referral', { id: r.id }))}>
            <View className={`referral__pill ${r.status === 'proposed' ? 'is-urgent' : ''}`}>{REFERRAL_STATUS_LABELS[r.status]}</View>
            <View className='referral__line'>
              {r.reason ? REFERRAL_REASON_LABELS[r.reason] : '转介'} · {dateLabel(r.createdAt)}
            </View>
            {r.community && <View className='muted'>{r.community.name}</View>}
          </View>
        ))}
        <ListFooter list={list} />
      </NeedLogin>
    </Screen>
  );
}
