import { z } from 'zod';
import { citySchema, jobCreateRequest, jobFair } from '../../shared/jobs';
import type { Deps } from '../platform/deps';
import { isConditionFailed } from '../platform/errors';
import { putFair, type FairInput } from './fairs.store';
import { insertJob, type JobRecord } from './jobs.store';
import seedJson from './seed.data.json';

/**
 * Demo data for Spring Breeze (seed.data.json): invented employers, regional pay that matches
 * what Jiangxi postings offer, and the fairs. Postings are generated from these tables below;
 * the file is checked against the API's own schemas when the seed loads.
 */
const seedFile = z.strictObject({
  cities: z.array(
    z.strictObject({
      city: citySchema,
      name: z.string(),
      districts: z.array(z.string()).min(1),
      streets: z.array(z.string()).min(1),
      /** Monthly pay is a little higher in the provincial capital. */
      payBump: z.number().int(),
    }),
  ),
  /** A posting as staff would create it, without its place; `{c}` in the employer becomes the city's name. */
  templates: z.array(jobCreateRequest.omit({ city: true, district: true, address: true, fairId: true, expiresAt: true })),
  /** Starts `startsInDays` from today (Beijing 09:00) and runs for `days` days. */
  fairs: z.array(
    jobFair.omit({ startAt: true, endAt: true, status: true, version: true }).extend({
      startsInDays: z.number().int(),
      days: z.number().int().min(1),
    }),
  ),
});
const SEED = seedFile.parse(seedJson);

const HOUR = 3600_000;
const DAY = 24 * HOUR;
/** Beijing is UTC+8 all year. */
const BEIJING_OFFSET = 8 * HOUR;

/** 09:00 Beijing time, `days` days from the Beijing date of `now`. */
function beijingMorning(now: Date, days: number): Date {
  const local = new Date(now.getTime() + BEIJING_OFFSET);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + days, 9) - BEIJING_OFFSET);
}

export function buildSeedFairs(now: Date): FairInput[] {
  return SEED.fairs.map(({ startsInDays, days, ...fair }) => {
    const start = beijingMorning(now, startsInDays);
    // Ends at 17:00 Beijing on its last day.
    const end = new Date(start.getTime() + (days - 1) * DAY + 8 * HOUR);
    return { ...fair, startAt: start.toISOString(), endAt: end.toISOString() };
  });
}

/**
 * Every city gets most of the templates (a few combinations are skipped so cities
 * differ), staggered publication times, expiry 30–90 days ahead, some postings in
 * the city's fair, and a few already expired or closed to show that lists hide them.
 */
export function buildSeedJobs(now: Date, fairs: FairInput[] = buildSeedFairs(now)): JobRecord[] {
  const jobs: JobRecord[] = [];
  SEED.cities.forEach((c, ci) => {
    const fair = fairs.find((f) => f.city === c.city && f.endAt > now.toISOString());
    SEED.templates.forEach((t, ti) => {
      if ((ci + ti) % 5 === 4) return;
      const k = jobs.length;
      const publishedAt = new Date(now.getTime() - (k + 1) * 5 * HOUR);
      const expired = k % 13 === 5;
      const expiresAt = expired ? new Date(now.getTime() - 2 * HOUR) : new Date(now.getTime() + (30 + ((k * 17) % 61)) * DAY);
      const bump = t.salary.unit === 'month' ? c.payBump : 0;
      jobs.push({
        id: `seed-job-${String(k + 1).padStart(3, '0')}`,
        title: t.title,
        employer: { ...t.employer, name: t.employer.name.replace('{c}', c.name) },
        city: c.city,
        district: c.districts[(ti + ci) % c.districts.length],
        address: `${c.districts[(ti + ci) % c.districts.length]}${c.streets[ti % c.streets.length]}${(ti + 1) * 17 + ci}号`,
        category: t.category,
        salary: { min: t.salary.min + bump, max: t.salary.max + bump, unit: t.salary.unit },
        headcount: t.headcount,
        duties: t.duties,
        requirements: t.requirements,
        tags: t.tags,
        education: t.education,
        experience: t.experience,
        fairId: fair && ti % 3 !== 2 ? fair.id : null,
        publishedAt: publishedAt.toISOString(),
        expiresAt: expiresAt.toISOString(),
        status: k === 40 ? 'closed' : 'open',
        version: 1,
        intentionCount: 0,
      });
    });
  });
  return jobs;
}

/** Demo postings and fairs; dates follow deps.clock() so the demo never looks stale. */
export async function seedJobs(deps: Pick<Deps, 'db' | 'clock'>): Promise<void> {
  const now = deps.clock();
  const fairs = buildSeedFairs(now);
  for (const f of fairs) await putFair(deps, f);
  for (const j of buildSeedJobs(now, fairs)) {
    try {
      await insertJob(deps, j);
    } catch (e) {
      // Seeding twice keeps what is there.
      if (!isConditionFailed(e)) throw e;
    }
  }
}
