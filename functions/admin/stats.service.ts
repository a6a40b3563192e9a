import ExcelJS from 'exceljs';
import { STAT_LABELS, type StatsQuery, type StatsResponse } from '../../shared/admin';
import { CITY_LABELS, JIANGXI_CITIES } from '../../shared/jobs';
import { inScope, unitById, type FederationUnit } from '../../shared/org';
import type { Deps } from '../platform/deps';
import { AppError } from '../platform/errors';
import {
  FIRST_ANSWER_BUCKETS,
  FIRST_ANSWER_OVER,
  firstAnswerBucketCounter,
  readStats,
  type StatCounter,
  type StatRegion,
} from '../platform/stats';

type Counters = Record<string, number>;

interface Region {
  id: string;
  name: string;
  stat: StatRegion;
}

/** The region asked for (or her own), if it lies within her unit's region; otherwise 403. */
export function resolveRegion(unit: FederationUnit, requested?: string): Region {
  const id = requested ?? unit.id;
  const asUnit = unitById(id);
  const city = JIANGXI_CITIES.find((c) => c.id === id);
  let region: Region | undefined;
  if (asUnit?.level === 'province') region = { id, name: asUnit.name, stat: {} };
  else if (asUnit?.level === 'district' && asUnit.city && asUnit.district) {
    region = { id, name: asUnit.name, stat: { city: asUnit.city, district: asUnit.district } };
  } else if (asUnit?.city) region = { id: asUnit.city, name: CITY_LABELS[asUnit.city], stat: { city: asUnit.city } };
  else if (city) region = { id, name: city.label, stat: { city: city.id } };
  if (!region) throw new AppError('VALIDATION_FAILED', [{ path: 'region', message: '没有这个地区' }]);
  const inside =
    unit.level === 'province' ||
    (region.stat.city !== undefined && inScope(unit, { city: region.stat.city, district: region.stat.district }));
  if (!inside) throw new AppError('FORBIDDEN', undefined, '只能查看您所在妇联管辖范围内的统计');
  return region;
}

/** Monday of the Beijing week a day (YYYY-MM-DD) falls in. */
function weekOf(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  const back = (d.getUTCDay() + 6) % 7;
  return new Date(d.getTime() - back * 86_400_000).toISOString().slice(0, 10);
}

const HISTOGRAM = [...FIRST_ANSWER_BUCKETS.map((b) => [firstAnswerBucketCounter(b), b] as const)];

/** The upper bound of the bucket the p-th answer falls in; null beyond the last bound or with no answers. */
function percentile(totals: Counters, p: number): number | null {
  const n = HISTOGRAM.reduce((sum, [c]) => sum + (totals[c] ?? 0), 0) + (totals[FIRST_ANSWER_OVER] ?? 0);
  if (!n) return null;
  const rank = Math.ceil(p * n);
  let seen = 0;
  for (const [c, bound] of HISTOGRAM) {
    seen += totals[c] ?? 0;
    if (seen >= rank) return bound;
  }
  return null;
}

const isHistogram = (c: string) => c.startsWith('firstAnswer_');
const withoutHistogram = (c: Record<StatCounter, number>): Counters =>
  Object.fromEntries(Object.entries(c).filter(([k]) => !isHistogram(k)));

export async function statsFor(deps: Deps, unit: FederationUnit, q: StatsQuery): Promise<Required<StatsResponse>> {
  const region = resolveRegion(unit, q.region);
  const { totals, days } = await readStats(deps, q.from, q.to, region.stat);
  const weeks = new Map<string, Counters>();
  // Every week of the range appears, empty ones as zeros, so a trend line has no gaps.
  for (let t = Date.parse(`${weekOf(q.from)}T00:00:00Z`); t <= Date.parse(`${q.to}T00:00:00Z`); t += 7 * 86_400_000) {
    weeks.set(new Date(t).toISOString().slice(0, 10), {});
  }
  for (const d of days) {
    const w = weeks.get(weekOf(d.day)) ?? {};
    for (const [k, v] of Object.entries(d.counters)) if (!isHistogram(k)) w[k] = (w[k] ?? 0) + v;
    weeks.set(weekOf(d.day), w);
  }
  const byCity = region.stat.city
    ? []
    : await Promise.all(
        JIANGXI_CITIES.map(async (c) => ({
          city: c.id,
          totals: withoutHistogram((await readStats(deps, q.from, q.to, { city: c.id })).totals),
        })),
      );
  return {
    from: q.from,
    to: q.to,
    region: { id: region.id, name: region.name },
    totals: withoutHistogram(totals),
    days: days.map((d) => ({ day: d.day, counters: withoutHistogram(d.counters) })),
    weeks: [...weeks.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([week, counters]) => ({ week, counters })),
    firstAnswerMinutes: { answered: totals.questionsAnswered, median: percentile(totals, 0.5), p90: percentile(totals, 0.9) },
    byCity,
  };
}

/** The same figures as a workbook a federation office pastes into its report. */
export async function statsWorkbook(s: Required<StatsResponse>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sum = wb.addWorksheet('汇总');
  sum.addRow(['地区', s.region.name]);
  sum.addRow(['时间', `${s.from} 至 ${s.to}（北京时间）`]);
  sum.addRow([]);
  sum.addRow(['项目', '数量']);
  for (const [key, label] of Object.entries(STAT_LABELS)) sum.addRow([label, s.totals[key] ?? 0]);
  sum.addRow(['提问到首次回复（分钟，中位数，不超过）', s.firstAnswerMinutes.median ?? '—']);
  sum.addRow(['提问到首次回复（分钟，90% 不超过）', s.firstAnswerMinutes.p90 ?? '—']);
  sum.getColumn(1).width = 36;
  sum.getColumn(2).width = 14;
  const keys = Object.keys(STAT_LABELS);
  const daily = wb.addWorksheet('按天');
  daily.addRow(['日期', ...keys.map((k) => STAT_LABELS[k])]);
  for (const d of s.days) daily.addRow([d.day, ...keys.map((k) => d.counters[k] ?? 0)]);
  if (s.byCity.length) {
    const cities = wb.addWorksheet('按城市');
    cities.addRow(['城市', ...keys.map((k) => STAT_LABELS[k])]);
    for (const c of s.byCity) cities.addRow([CITY_LABELS[c.city as keyof typeof CITY_LABELS] ?? c.city, ...keys.map((k) => c.totals[k] ?? 0)]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
