import { fairDetail, fairPage, jobPage, jobPosting, type JobListItem } from '../../shared/jobs';
import type { JobRecord } from '../../functions/jobs/jobs.store';
import { aFair, aJob, daysFrom, givenFairs, givenJobs, jobsWorld, minutesFrom, type JobsWorld } from './jobs.fixtures';

const NOW = '2026-03-02T02:00:00.000Z';
let w: JobsWorld;

beforeAll(async () => {
  w = await jobsWorld(NOW);
});
afterAll(() => w.store.close());
beforeEach(() => w.time.set(NOW));

/** Follows nextCursor to the end and returns every item in order. */
async function listAll(query: string, limit = 50): Promise<JobListItem[]> {
  const items: JobListItem[] = [];
  let cursor: string | null = null;
  for (let guard = 0; guard < 100; guard++) {
    const sep = query ? '&' : '';
    const url: string = `/api/jobs?${query}${sep}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const res = await w.call('GET', url);
    expect(res.status).toBe(200);
    const page = jobPage.parse(res.body);
    expect(page.items.length).toBeLessThanOrEqual(limit);
    items.push(...page.items);
    cursor = page.nextCursor;
    if (!cursor) return items;
  }
  throw new Error('pagination did not end');
}

const ids = (items: { id: string }[]) => items.map((i) => i.id);
const newestFirst = (jobs: JobRecord[]) =>
  [...jobs].sort((a, b) => (`${b.publishedAt}#${b.id}` > `${a.publishedAt}#${a.id}` ? 1 : -1));

describe('GET /api/jobs pagination', () => {
  it('returns every matching posting exactly once across pages of 7, newest first', async () => {
    // 33 matching postings interleaved with 17 that the filter drops, so pages end mid-Query.
    const jobs = Array.from({ length: 50 }, (_, i) =>
      aJob(NOW, { city: 'xinyu', category: i % 3 === 1 ? 'retail' : 'housekeeping' }),
    );
    await givenJobs(w.deps, ...jobs);
    const expected = ids(newestFirst(jobs.filter((j) => j.category === 'housekeeping')));
    expect(expected.length).toBeGreaterThanOrEqual(30);

    const seen = await listAll('city=xinyu&category=housekeeping', 7);

    expect(ids(seen)).toEqual(expected);
  });

  it('pages through all open postings with no filter as well', async () => {
    const seen = await listAll('', 7);
    expect(new Set(ids(seen)).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(50);
  });

  it('answers 400 to a forged cursor', async () => {
    const res = await w.call('GET', '/api/jobs?cursor=abc.def');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
  });

  it('answers 400 when a cursor from one city is used for another', async () => {
    const first = await w.call('GET', '/api/jobs?city=xinyu&limit=2');
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const res = await w.call('GET', `/api/jobs?city=nanchang&cursor=${encodeURIComponent(first.body.nextCursor)}`);
    expect(res.status).toBe(400);
  });

  it('answers 400 to a limit over 50 and to an unknown parameter', async () => {
    expect((await w.call('GET', '/api/jobs?limit=51')).status).toBe(400);
    const res = await w.call('GET', '/api/jobs?sort=salary');
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].message).toContain('sort');
  });
});

describe('GET /api/jobs filters', () => {
  const find = (items: JobListItem[], id: string) => items.some((i) => i.id === id);

  it('filters by city and by district', async () => {
    const [inDistrict, elsewhereInCity, otherCity] = await givenJobs(
      w.deps,
      aJob(NOW, { city: 'pingxiang', district: '安源区' }),
      aJob(NOW, { city: 'pingxiang', district: '湘东区' }),
      aJob(NOW, { city: 'yingtan', district: '安源区' }),
    );

    const byCity = await listAll('city=pingxiang');
    const byDistrict = await listAll(`city=pingxiang&district=${encodeURIComponent('安源区')}`);

    expect(byCity.every((j) => j.city === 'pingxiang')).toBe(true);
    expect(find(byCity, inDistrict.id) && find(byCity, elsewhereInCity.id)).toBe(true);
    expect(find(byCity, otherCity.id)).toBe(false);
    expect(ids(byDistrict)).toEqual([inDistrict.id]);
  });

  it('filters by category', async () => {
    const [care] = await givenJobs(w.deps, aJob(NOW, { city: 'jingdezhen', category: 'elderly-care' }));
    await givenJobs(w.deps, aJob(NOW, { city: 'jingdezhen', category: 'catering' }));

    const items = await listAll('city=jingdezhen&category=elderly-care');

    expect(ids(items)).toEqual([care.id]);
  });

  it('filters by benefit tag', async () => {
    const [flexible] = await givenJobs(
      w.deps,
      aJob(NOW, { city: 'fuzhou', tags: ['social-insurance', 'flexible'] }),
      aJob(NOW, { city: 'fuzhou', tags: ['social-insurance'] }),
    );

    const items = await listAll('city=fuzhou&tag=flexible');

    expect(ids(items)).toEqual([flexible.id]);
  });

  it('compares pay as monthly pay: a day is 22 days, an hour 8 hours of 22 days', async () => {
    const [hourly, monthly, daily] = await givenJobs(
      w.deps,
      aJob(NOW, { city: 'jian', salary: { min: 25, max: 30, unit: 'hour' } }), // 5280 a month
      aJob(NOW, { city: 'jian', salary: { min: 4000, max: 5000, unit: 'month' } }),
      aJob(NOW, { city: 'jian', salary: { min: 120, max: 150, unit: 'day' } }), // 3300 a month
    );

    expect(ids(await listAll('city=jian&salaryMin=5200'))).toEqual([hourly.id]);
    expect(new Set(ids(await listAll('city=jian&salaryMin=3301')))).toEqual(new Set([hourly.id, monthly.id]));
    expect(new Set(ids(await listAll('city=jian&salaryMin=3300')))).toEqual(new Set([hourly.id, monthly.id, daily.id]));
  });

  it('finds a keyword in the title, the employer name or the duties, ignoring spaces and case', async () => {
    const [byTitle, byEmployer, byDuties] = await givenJobs(
      w.deps,
      aJob(NOW, { city: 'shangrao', title: '夏布绣手工艺人' }),
      aJob(NOW, { city: 'shangrao', employer: { name: '上饶夏布绣合作社', verified: false, womenLed: true } }),
      aJob(NOW, { city: 'shangrao', duties: '在家做夏布绣小件，按件计钱。' }),
      aJob(NOW, { city: 'shangrao', title: 'ABC 电商客服' }),
    );

    const hits = await listAll(`city=shangrao&q=${encodeURIComponent(' 夏布 绣 ')}`);
    const latin = await listAll(`city=shangrao&q=${encodeURIComponent('ａｂｃ电商')}`);

    expect(new Set(ids(hits))).toEqual(new Set([byTitle.id, byEmployer.id, byDuties.id]));
    expect(latin).toHaveLength(1);
    expect(await listAll(`city=shangrao&q=${encodeURIComponent('月嫂')}`)).toHaveLength(0);
  });

  it('filters by fair', async () => {
    const [fair] = await givenFairs(w.deps, aFair(NOW, { city: 'yichun' }));
    const [inFair] = await givenJobs(
      w.deps,
      aJob(NOW, { city: 'yichun', fairId: fair.id }),
      aJob(NOW, { city: 'yichun' }),
    );

    expect(ids(await listAll(`fairId=${fair.id}`))).toEqual([inFair.id]);
    expect(ids(await listAll(`fairId=${fair.id}&city=yichun`))).toEqual([inFair.id]);
    expect(await listAll(`fairId=${fair.id}&city=nanchang`)).toHaveLength(0);
  });

  it('treats an empty parameter as no filter and rejects an unknown city', async () => {
    expect((await w.call('GET', '/api/jobs?city=&limit=1')).status).toBe(200);
    const res = await w.call('GET', '/api/jobs?city=beijing');
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].path).toBe('city');
  });
});

describe('GET /api/jobs expiry and closing', () => {
  it('hides a posting once the pinned clock passes its expiry', async () => {
    const [job] = await givenJobs(w.deps, aJob(NOW, { city: 'ganzhou', expiresAt: minutesFrom(NOW, 30) }));
    expect(ids(await listAll('city=ganzhou'))).toContain(job.id);

    w.time.set(minutesFrom(NOW, 31));

    expect(ids(await listAll('city=ganzhou'))).not.toContain(job.id);
    expect(ids(await listAll(''))).not.toContain(job.id);
  });

  it('never lists a closed posting', async () => {
    const [job] = await givenJobs(w.deps, aJob(NOW, { city: 'ganzhou', status: 'closed' }));
    expect(ids(await listAll('city=ganzhou'))).not.toContain(job.id);
  });
});

describe('GET /api/jobs/:id', () => {
  it('returns the whole posting', async () => {
    const [job] = await givenJobs(w.deps, aJob(NOW, { tags: ['childcare'] }));

    const res = await w.call('GET', `/api/jobs/${job.id}`);

    expect(res.status).toBe(200);
    const body = jobPosting.parse(res.body);
    expect(body).toMatchObject({ id: job.id, title: job.title, status: 'open', tags: ['childcare'], version: 1 });
    expect(res.body).not.toHaveProperty('PK');
    expect(res.body).not.toHaveProperty('searchText');
  });

  it('still shows an expired posting, marked closed, so a saved link explains itself', async () => {
    const [job] = await givenJobs(w.deps, aJob(NOW, { expiresAt: minutesFrom(NOW, -1) }));

    const res = await w.call('GET', `/api/jobs/${job.id}`);

    expect(res.status).toBe(200);
    expect(res.body.status).toBe('closed');
  });

  it('answers 404 to an unknown id and to an id that is not an id', async () => {
    expect((await w.call('GET', '/api/jobs/nope')).status).toBe(404);
    const res = await w.call('GET', `/api/jobs/${encodeURIComponent('a b')}`);
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('NOT_FOUND');
  });
});

describe('GET /api/fairs', () => {
  let fairs: Awaited<ReturnType<typeof givenFairs>>;

  beforeAll(async () => {
    fairs = await givenFairs(
      w.deps,
      aFair(NOW, { id: 'f-ended', city: 'xinyu', startAt: daysFrom(NOW, -5), endAt: daysFrom(NOW, -4) }),
      aFair(NOW, { id: 'f-running', city: 'xinyu', mode: 'online', startAt: daysFrom(NOW, -1), endAt: daysFrom(NOW, 6) }),
      aFair(NOW, { id: 'f-later', city: 'xinyu', mode: 'both', womenSpecial: true, startAt: daysFrom(NOW, 10), endAt: daysFrom(NOW, 11) }),
      aFair(NOW, { id: 'f-soon', city: 'jiujiang', startAt: daysFrom(NOW, 2), endAt: daysFrom(NOW, 2.3) }),
    );
  });

  it('lists fairs not yet ended, the earliest start first', async () => {
    const res = await w.call('GET', '/api/fairs');

    expect(res.status).toBe(200);
    const page = fairPage.parse(res.body);
    const listed = ids(page.items).filter((id) => fairs.some((f) => f.id === id));
    expect(listed).toEqual(['f-running', 'f-soon', 'f-later']);
  });

  it('filters by city, by mode and by a start instant', async () => {
    expect(ids((await w.call('GET', '/api/fairs?city=xinyu')).body.items)).toEqual(['f-running', 'f-later']);
    expect(ids((await w.call('GET', '/api/fairs?mode=both')).body.items)).toEqual(['f-later']);
    const from = encodeURIComponent(daysFrom(NOW, 7));
    expect(ids((await w.call('GET', `/api/fairs?city=xinyu&from=${from}`)).body.items)).toEqual(['f-later']);
  });

  it('accepts a start instant with a Beijing offset', async () => {
    const res = await w.call('GET', `/api/fairs?city=xinyu&from=${encodeURIComponent('2026-03-09T10:00:00+08:00')}`);
    expect(res.status).toBe(200);
    expect(ids(res.body.items)).toEqual(['f-later']);
  });

  it('pages with a cursor', async () => {
    const first = await w.call('GET', '/api/fairs?city=xinyu&limit=1');
    const second = await w.call('GET', `/api/fairs?city=xinyu&limit=1&cursor=${encodeURIComponent(first.body.nextCursor)}`);
    expect([...ids(first.body.items), ...ids(second.body.items)]).toEqual(['f-running', 'f-later']);
  });

  it('answers 400 to a bad mode or date', async () => {
    expect((await w.call('GET', '/api/fairs?mode=tv')).status).toBe(400);
    expect((await w.call('GET', '/api/fairs?from=tomorrow')).status).toBe(400);
  });
});

describe('GET /api/fairs/:id', () => {
  it('returns the fair with its open postings only', async () => {
    const [fair] = await givenFairs(w.deps, aFair(NOW, { city: 'jiujiang', mode: 'both', womenSpecial: true }));
    const [open, closed, expired, elsewhere] = await givenJobs(
      w.deps,
      aJob(NOW, { city: 'jiujiang', fairId: fair.id }),
      aJob(NOW, { city: 'jiujiang', fairId: fair.id, status: 'closed' }),
      aJob(NOW, { city: 'jiujiang', fairId: fair.id, expiresAt: minutesFrom(NOW, -5) }),
      aJob(NOW, { city: 'jiujiang' }),
    );

    const res = await w.call('GET', `/api/fairs/${fair.id}`);

    expect(res.status).toBe(200);
    const body = fairDetail.parse(res.body);
    expect(body).toMatchObject({ id: fair.id, mode: 'both', womenSpecial: true });
    expect(ids(body.postings)).toEqual([open.id]);
    expect(ids(body.postings)).not.toEqual(expect.arrayContaining([closed.id, expired.id, elsewhere.id]));
  });

  it('answers 404 to an unknown fair', async () => {
    const res = await w.call('GET', '/api/fairs/no-such-fair');
    expect(res.status).toBe(404);
  });
});
