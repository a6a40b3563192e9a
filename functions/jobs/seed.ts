import type { Deps } from '../platform/deps';
import { isConditionFailed } from '../platform/errors';
import { putFair, type FairInput } from './fairs.store';
import { insertJob, type JobRecord } from './jobs.store';
import { FAIR_SEEDS, JOB_TEMPLATES, SEED_CITIES } from './seed.data';

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
  return FAIR_SEEDS.map((f) => {
    const start = beijingMorning(now, f.startsInDays);
    // Ends at 17:00 Beijing on its last day.
    const end = new Date(start.getTime() + (f.days - 1) * DAY + 8 * HOUR);
    return {
      id: f.id,
      title: f.title,
      organiser: f.organiser,
      startAt: start.toISOString(),
      endAt: end.toISOString(),
      mode: f.mode,
      venue: f.venue,
      city: f.city,
      description: f.description,
      womenSpecial: f.womenSpecial,
    };
  });
}

/**
 * Every city gets most of the templates (a few combinations are skipped so cities
 * differ), staggered publication times, expiry 30–90 days ahead, some postings in
 * the city's fair, and a few already expired or closed to show that lists hide them.
 */
export function buildSeedJobs(now: Date, fairs: FairInput[] = buildSeedFairs(now)): JobRecord[] {
  const jobs: JobRecord[] = [];
  SEED_CITIES.forEach((c, ci) => {
    const fair = fairs.find((f) => f.city === c.city && f.endAt > now.toISOString());
    JOB_TEMPLATES.forEach((t, ti) => {
      if ((ci + ti) % 5 === 4) return;
      const k = jobs.length;
      const publishedAt = new Date(now.getTime() - (k + 1) * 5 * HOUR);
      const expired = k % 13 === 5;
      const expiresAt = expired ? new Date(now.getTime() - 2 * HOUR) : new Date(now.getTime() + (30 + ((k * 17) % 61)) * DAY);
      const bump = t.salary.unit === 'month' ? c.payBump : 0;
      jobs.push({
        id: `seed-job-${String(k + 1).padStart(3, '0')}`,
        title: t.title,
        employer: { name: t.employer.replace('{c}', c.name), verified: t.verified, womenLed: t.womenLed },
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
