import { useCallback, useEffect, useState } from 'react';
import { Button, Picker, Text, View } from '@tarojs/components';
import { STAT_LABELS, statsQuery, type StatsResponse } from '../../../../../shared/admin';
import { adminApi } from '../../../../api/admin';
import { errorText } from '../../../../api/http';
import HelpStrip from '../../../../components/HelpStrip';
import { useSession } from '../../../../session/SessionContext';
import { lastDays } from '../../../../utils/booking';
import Chips from '../../../booking/components/Chips';
import NeedLogin from '../../../booking/components/NeedLogin';
import './index.scss';

const QUICK = [
  { id: '7', label: '最近 7 天' },
  { id: '30', label: '最近 30 天' },
  { id: '90', label: '最近 90 天' },
] as const;
type Quick = (typeof QUICK)[number]['id'];

/** Staff figures for a date range (Beijing days): counts only, never a person. */
export default function AdminStats() {
  const { user } = useSession();
  const [range, setRange] = useState(() => lastDays(Date.now(), 30));
  const [quick, setQuick] = useState<Quick | null>('30');
  const [stats, setStats] = useState<StatsResponse | null>(null);
  const [error, setError] = useState('');
  const [loading, setLoading] = useState(false);

  const load = useCallback(async () => {
    const parsed = statsQuery.safeParse(range);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? '日期不对');
      return;
    }
    setLoading(true);
    setError('');
    try {
      setStats(await adminApi.stats(range.from, range.to));
    } catch (e) {
      setError(errorText(e));
    } finally {
      setLoading(false);
    }
  }, [range]);

  useEffect(() => {
    if (user?.role === 'staff') load();
  }, [user, load]);

  const chooseQuick = (id: Quick) => {
    setQuick(id);
    setRange(lastDays(Date.now(), Number(id)));
  };

  const setEnd = (key: 'from' | 'to', value: string) => {
    setQuick(null);
    setRange((r) => ({ ...r, [key]: value }));
  };

  const body = () => {
    if (!user) return <NeedLogin line='请先登录工作人员账号。' />;
    if (user.role !== 'staff') return <View className='state'>只有妇联工作人员能打开这个页面。</View>;
    return (
      <View>
        <Chips label='时间范围' options={QUICK} value={quick} onChange={chooseQuick} />
        <View className='row' style={{ marginTop: '10px' }}>
          <Picker mode='date' value={range.from} onChange={(e) => setEnd('from', String(e.detail.value))}>
            <View className='btn plain small' role='button' aria-label='开始日期'>
              从 {range.from}
            </View>
          </Picker>
          <Picker mode='date' value={range.to} onChange={(e) => setEnd('to', String(e.detail.value))}>
            <View className='btn plain small' role='button' aria-label='结束日期'>
              到 {range.to}
            </View>
          </Picker>
        </View>
        <Button className='btn plain small' disabled={loading} onClick={load}>
          刷新
        </Button>
        {error && <View className='error-text'>{error}</View>}
        {!stats && !error && <View className='state'>正在加载…</View>}
        {stats && (
          <View className='card' aria-busy={loading}>
            <View className='muted'>
              {stats.from} 至 {stats.to}（北京时间）
            </View>
            {Object.entries(STAT_LABELS).map(([key, label]) => (
              <View key={key} className='stat-row'>
                <Text>{label}</Text>
                <Text className='stat-row__value'>{stats.totals[key] ?? 0}</Text>
              </View>
            ))}
          </View>
        )}
      </View>
    );
  };

  return (
    <View>
      <HelpStrip />
      <View className='page'>
        <View className='title'>数据统计</View>
        {body()}
      </View>
    </View>
  );
}
