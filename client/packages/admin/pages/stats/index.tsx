import { useCallback, useEffect, useMemo, useState } from 'react';
import { Button, Picker, Text, View } from '@tarojs/components';
import {
  FAIR_MODE_COUNTERS,
  HEADLINE_COUNTERS,
  OUTCOME_COUNTERS,
  STAT_LABELS,
  statsQuery,
  type StatsResponse,
} from '../../../../../shared/admin';
import { CITY_LABELS, JIANGXI_CITIES, type CityId } from '../../../../../shared/jobs';
import { adminApi } from '../../../../api/admin';
import { errorText } from '../../../../api/http';
import Chips from '../../../../components/Chips';
import NeedLogin from '../../../../components/NeedLogin';
import Screen from '../../../../components/Screen';
import { useSession } from '../../../../session/SessionContext';
import { lastDays } from '../../../../utils/booking';
import F2Chart, { type ChartDatum } from '../../components/F2Chart';
import '../../console.scss';

const QUICK = [
  { id: '7', label: '最近 7 天' },
  { id: '30', label: '最近 30 天' },
  { id: '90', label: '最近 90 天' },
] as const;
type Quick = (typeof QUICK)[number]['id'];

/** Province staff may narrow the figures to one city. */
const REGIONS = [{ id: 'jiangxi', label: '全省' }, ...JIANGXI_CITIES] as const;

/** Chart labels: the counter's label without its "结果：" / "招聘会：" prefix. */
const short = (key: string) => (STAT_LABELS[key] ?? key).replace(/^.*：/, '');

function charts(s: StatsResponse) {
  const weeks: ChartDatum[] = (s.weeks ?? []).flatMap((w) => [
    { x: w.week.slice(5), y: w.counters.questionsAsked ?? 0, series: '提问' },
    { x: w.week.slice(5), y: w.counters.intentionsRegistered ?? 0, series: '就业意向' },
    { x: w.week.slice(5), y: w.counters.intentionsHired ?? 0, series: '已录用' },
  ]);
  const outcomes: ChartDatum[] = OUTCOME_COUNTERS.map((k) => ({ x: short(k), y: s.totals[k] ?? 0 }));
  const modes: ChartDatum[] = FAIR_MODE_COUNTERS.map((k) => ({ x: short(k), y: s.totals[k] ?? 0 }));
  const cities: ChartDatum[] = (s.byCity ?? []).map((c) => ({
    x: CITY_LABELS[c.city as CityId] ?? c.city,
    y: (c.totals.questionsAsked ?? 0) + (c.totals.intentionsRegistered ?? 0),
  }));
  return { weeks, outcomes, modes, cities };
}

const minutes = (m: number | null | undefined) => (m === null || m === undefined ? '—' : m >= 120 ? `${Math.round(m / 60)} 小时内` : `${m} 分钟内`);

/** Staff figures for a date range (Beijing days) of her region: counts only, never a person. */
export default function AdminStats() {
  const { user } = useSession();
  const [range, setRange] = useState(() => lastDays(Date.now(), 30));
  const [quick, setQuick] = useState<Quick | null>('30');
  const [stats, setStats] = useState<StatsResponse | null>(null);
  const [error, setError] = useState('');
  const [loading, setLoading] = useState(false);
  const [region, setRegion] = useState<string | undefined>(undefined);
  const [province, setProvince] = useState(false);

  const load = useCallback(async () => {
    const parsed = statsQuery.safeParse(range);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? '日期不对');
      return;
    }
    setLoading(true);
    setError('');
    try {
      const s = await adminApi.stats(range.from, range.to, region);
      if (s.region?.id === 'jiangxi') setProvince(true);
      setStats(s);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setLoading(false);
    }
  }, [range, region]);

  useEffect(() => {
    if (user?.role === 'staff') void load();
  }, [user, load]);

  const chooseQuick = (id: Quick) => {
    setQuick(id);
    setRange(lastDays(Date.now(), Number(id)));
  };
  const setEnd = (key: 'from' | 'to', value: string) => {
    setQuick(null);
    setRange((r) => ({ ...r, [key]: value }));
  };
  const download = async () => {
    try {
      await adminApi.statsSheet(range.from, range.to);
    } catch (e) {
      setError(errorText(e));
    }
  };

  const c = useMemo(() => (stats ? charts(stats) : null), [stats]);

  return (
    <Screen title='数据统计'>
      <NeedLogin line='请先登录工作人员账号。' roles={['staff']} roleLine='只有妇联工作人员能打开这个页面。'>
        <Chips label='时间范围' options={QUICK} value={quick} onChange={chooseQuick} />
        {province && <Chips label='地区' options={REGIONS} value={region ?? 'jiangxi'} onChange={(id) => setRegion(id)} />}
        <View className='console-row'>
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
        <View className='console-row'>
          <Button className='btn plain small' disabled={loading} onClick={load}>
            刷新
          </Button>
          <Button className='btn plain small' onClick={download}>
            导出 Excel
          </Button>
        </View>
        {error && <View className='error-text'>{error}</View>}
        {!stats && !error && <View className='state'>正在加载…</View>}
        {stats && c && (
          <View aria-busy={loading}>
            <View className='muted'>
              {stats.region?.name ?? ''} · {stats.from} 至 {stats.to}（北京时间）
            </View>
            <View className='headline'>
              {HEADLINE_COUNTERS.map((k) => (
                <View key={k} className='headline__item' aria-label={STAT_LABELS[k]}>
                  <View className='headline__value'>{stats.totals[k] ?? 0}</View>
                  <View className='headline__label'>{STAT_LABELS[k]}</View>
                </View>
              ))}
              <View className='headline__item' aria-label='提问到首次回复'>
                <View className='headline__value'>{minutes(stats.firstAnswerMinutes?.median)}</View>
                <View className='headline__label'>一半的提问在这个时间内得到回复（90%：{minutes(stats.firstAnswerMinutes?.p90)}）</View>
              </View>
            </View>
            <F2Chart id='chart-weeks' title='每周趋势' kind='bar' data={c.weeks} />
            <F2Chart id='chart-outcomes' title='咨询结果' kind='bar' data={c.outcomes} />
            <F2Chart id='chart-modes' title='招聘会方式' kind='bar' data={c.modes} />
            {c.cities.length > 0 && <F2Chart id='chart-cities' title='各城市（提问与就业意向）' kind='bar' data={c.cities} />}
            <View className='card'>
              {Object.entries(STAT_LABELS).map(([key, label]) => (
                <View key={key} className='stat-row'>
                  <Text>{label}</Text>
                  <Text className='stat-row__value'>{stats.totals[key] ?? 0}</Text>
                </View>
              ))}
            </View>
          </View>
        )}
      </NeedLogin>
    </Screen>
  );
}
