import { useEffect, useMemo, useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, View } from '@tarojs/components';
import { COMMUNITIES, inScope, unitById, type FederationUnit } from '../../../../../shared/org';
import { REFERRAL_OUTCOMES, REFERRAL_REASON_LABELS, dueLabel, type ReferralStatsResponse, type WorkerApplication } from '../../../../../shared/referrals';
import { authApi } from '../../../../api/auth';
import { referralsApi } from '../../../../api/referrals';
import { errorText } from '../../../../api/http';
import Chips from '../../../../components/Chips';
import ListFooter from '../../../../components/ListFooter';
import NeedLogin from '../../../../components/NeedLogin';
import Screen, { EmptyState, LoadState } from '../../../../components/Screen';
import { usePagedList } from '../../../../hooks/usePagedList';
import { beijingDayOf } from '../../../../../shared/time';
import '../../../referral/referral.scss';

const FIGURES: { key: string; label: string }[] = [
  { key: 'referralsAccepted', label: '她同意转介' },
  { key: 'referralsContacted', label: '已联系上' },
  { key: 'referralsContactedInTime', label: '按时联系上' },
  { key: 'referralsOverdue', label: '超时' },
  { key: 'referralVisits', label: '联系和回访次数' },
  { key: 'referralsWithdrawn', label: '她撤回了' },
  ...REFERRAL_OUTCOMES.map((o) => ({ key: `referralOutcome_${o.id}`, label: `结果：${o.label}` })),
];

/** The districts of her region: district staff have one, city and province staff choose. */
const districtsOf = (unit: FederationUnit): string[] =>
  unit.district ? [unit.district] : [...new Set(COMMUNITIES.filter((c) => inScope(unit, c)).map((c) => c.district))];

/** District staff: referrals that missed a deadline, and the last 30 days in figures. */
export default function DistrictReferrals() {
  const [unit, setUnit] = useState<FederationUnit | null>(null);
  const districts = useMemo(() => (unit ? districtsOf(unit) : []), [unit]);
  // District staff see their own district at once; others pick one first (the API needs it).
  const [district, setDistrict] = useState<string | null>(null);
  // Idle until a district is known: nothing is loading before she chooses one.
  const list = usePagedList((d: string, cursor?: string) => referralsApi.overdue(d, cursor), 'idle');
  const applications = usePagedList((d: string, cursor?: string) => referralsApi.workerApplications(d, cursor), 'idle');
  const [approving, setApproving] = useState<string | null>(null);
  const approve = async (a: WorkerApplication) => {
    setApproving(a.userId);
    try {
      await referralsApi.approveWorker(a.userId, a.community.id);
      Taro.showToast({ title: '已通过', icon: 'success' });
      await applications.refresh();
    } catch (e) {
      Taro.showToast({ title: errorText(e), icon: 'none' });
    } finally {
      setApproving(null);
    }
  };
  const [stats, setStats] = useState<ReferralStatsResponse | null>(null);
  const [statsError, setStatsError] = useState('');

  useEffect(() => {
    authApi
      .me()
      .then((me) => {
        const mine = unitById(me.unitId);
        setUnit(mine ?? null);
        if (mine?.district) setDistrict(mine.district);
      })
      .catch((e) => setStatsError(errorText(e)));
  }, []);
  useEffect(() => {
    if (!district) return;
    void list.load(district);
    void applications.load(district);
  }, [district]);
  useEffect(() => {
    const to = beijingDayOf(Date.now());
    const from = beijingDayOf(Date.now() - 30 * 24 * 3600_000);
    referralsApi
      .stats(from, to)
      .then(setStats)
      .catch((e) => setStatsError(errorText(e)));
  }, []);

  return (
    <Screen title='转介跟进情况'>
      <NeedLogin line='请用妇联工作人员账号登录。' roles={['staff']} roleLine='这一页给妇联工作人员用。'>
        <View className='referral__h'>超时没有联系或回访的转介</View>
        {districts.length > 1 && (
          <>
            <View className='muted referral__line'>{district ? '看别的区县，点一下它的名字。' : '请先选一个区县。'}</View>
            <Chips label='区县' options={districts.map((d) => ({ id: d, label: d }))} value={district ?? ''} onChange={setDistrict} />
          </>
        )}
        <LoadState {...list.state} />
        {list.status === 'ready' && list.items.length === 0 && <EmptyState>没有超时的转介。</EmptyState>}
        {list.items.map((r) => (
          <View key={r.id} className='card'>
            <View>
              {r.urgent && <View className='referral__pill is-urgent'>紧急</View>}
              {r.overdue && r.dueAt && <View className='referral__pill is-overdue'>{dueLabel(r.dueAt, Date.now())}</View>}
            </View>
            <View className='referral__line'>
              {r.community?.name ?? ''} · {r.reason ? REFERRAL_REASON_LABELS[r.reason] : '转介'}
            </View>
            <View className='muted'>
              {r.claimed ? '已有人接手' : '还没人接手'} · 已联系 {r.visitCount} 次
            </View>
          </View>
        ))}
        <ListFooter list={list} />

        <View className='referral__h'>待审核的社区妇联工作者</View>
        <LoadState {...applications.state} />
        {applications.status === 'ready' && applications.items.length === 0 && <EmptyState>没有待审核的登记。</EmptyState>}
        {applications.items.map((a) => (
          <View key={`${a.userId}-${a.community.id}`} className='card'>
            <View className='referral__line'>
              {a.name} · {a.community.name}
            </View>
            <Button className='btn plain small' loading={approving === a.userId} disabled={approving !== null} onClick={() => approve(a)}>
              通过
            </Button>
          </View>
        ))}
        <ListFooter list={applications} auto={false} />

        <View className='referral__h'>最近 30 天</View>
        {statsError && <View className='error-text'>{statsError}</View>}
        {stats?.items.map((d) => (
          <View key={`${d.city}-${d.district}`} className='card'>
            <View className='referral__h'>{d.district}</View>
            <View className='referral__figures'>
              {FIGURES.map((f) => (
                <View key={f.key} className='referral__figure'>
                  <View className='referral__number'>{d.counters[f.key] ?? 0}</View>
                  <View className='muted'>{f.label}</View>
                </View>
              ))}
            </View>
          </View>
        ))}
      </NeedLogin>
    </Screen>
  );
}
