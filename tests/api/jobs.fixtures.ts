import type { Deps } from '../../functions/platform/deps';
import { buildJobsApp } from '../../functions/jobs/app';
import { putFair, type FairInput } from '../../functions/jobs/fairs.store';
import { insertJob, type JobRecord } from '../../functions/jobs/jobs.store';
import { pinnedClock, startTestStore } from '../helpers/dynamo';
import { lambda } from '../helpers/http';

/** Builders for jobs fixtures, written straight to the store through the feature's own store module. */

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

let seq = 0;
const nextId = (prefix: string) => `${prefix}-${String(++seq).padStart(4, '0')}`;

export const minutesFrom = (iso: string, minutes: number) => new Date(new Date(iso).getTime() + minutes * MINUTE).toISOString();
export const daysFrom = (iso: string, days: number) => new Date(new Date(iso).getTime() + days * DAY).toISOString();

/** One store per test file behind the jobs app, its clock pinned at `now` (`time.set` moves it). */
export async function jobsWorld(now: string) {
  const time = pinnedClock(now);
  const store = await startTestStore({ clock: time.clock });
  return { store, deps: store.deps, time, call: lambda(buildJobsApp(store.deps)) };
}
export type JobsWorld = Awaited<ReturnType<typeof jobsWorld>>;

export function aJob(now: string, overrides: Partial<JobRecord> = {}): JobRecord {
  return {
    id: nextId('job'),
    title: '超市理货员',
    employer: { name: '测试超市有限公司', verified: true, womenLed: false },
    city: 'nanchang',
    district: '东湖区',
    address: '东湖区八一大道 1 号',
    category: 'retail',
    salary: { min: 3000, max: 4000, unit: 'month' },
    headcount: 2,
    duties: '整理货架，补货。',
    requirements: '身体健康。',
    tags: [],
    education: 'any',
    experience: 'any',
    fairId: null,
    publishedAt: minutesFrom(now, -(++seq)),
    expiresAt: daysFrom(now, 30),
    status: 'open',
    version: 1,
    intentionCount: 0,
    ...overrides,
  };
}

export function aFair(now: string, overrides: Partial<FairInput> = {}): FairInput {
  return {
    id: nextId('fair'),
    title: '春风行动招聘会',
    organiser: '市妇联',
    startAt: daysFrom(now, 3),
    endAt: daysFrom(now, 4),
    mode: 'offline',
    venue: '市民中心',
    city: 'nanchang',
    description: '现场招聘。',
    womenSpecial: false,
    ...overrides,
  };
}

export async function givenJobs(deps: Pick<Deps, 'db'>, ...jobs: JobRecord[]): Promise<JobRecord[]> {
  for (const j of jobs) await insertJob(deps, j);
  return jobs;
}

export async function givenFairs(deps: Pick<Deps, 'db'>, ...fairs: FairInput[]): Promise<FairInput[]> {
  for (const f of fairs) await putFair(deps, f);
  return fairs;
}
