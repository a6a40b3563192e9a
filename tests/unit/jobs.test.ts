import {
  CITY_LABELS,
  JOB_CATEGORY_LABELS,
  JOB_TAGS,
  formatSalary,
  intentionRequest,
  jobCreateRequest,
  jobPatchRequest,
  jobsQuery,
  monthlyAmount,
  fairsQuery,
} from '../../shared/jobs';
import { buildSeedFairs, buildSeedJobs } from '../../functions/jobs/seed';
import { normaliseSearch } from '../../functions/jobs/jobs.store';

describe('monthlyAmount', () => {
  it('keeps monthly pay as it is', () => {
    expect(monthlyAmount(4500, 'month')).toBe(4500);
  });

  it('counts a day as one of 22 working days', () => {
    expect(monthlyAmount(150, 'day')).toBe(3300);
  });

  it('counts an hour as one of 8 hours on 22 days', () => {
    expect(monthlyAmount(30, 'hour')).toBe(5280);
  });
});

describe('formatSalary', () => {
  it('writes a range with its unit, and a single figure once', () => {
    expect(formatSalary({ min: 3500, max: 5500, unit: 'month' })).toBe('3500-5500 元/月');
    expect(formatSalary({ min: 150, max: 150, unit: 'day' })).toBe('150 元/天');
  });
});

describe('intentionRequest', () => {
  it('accepts a name and a mainland mobile number, trimming spaces', () => {
    expect(intentionRequest.parse({ name: ' 林秀英 ', phone: ' 13812345678 ' })).toEqual({
      name: '林秀英',
      phone: '13812345678',
    });
  });

  it.each(['12812345678', '1381234567', '138123456789', '+8613812345678', '１３８１２３４５６７８'])(
    'refuses the phone number %s',
    (phone) => {
      expect(intentionRequest.safeParse({ name: '林', phone }).success).toBe(false);
    },
  );

  it('refuses unknown fields and a message over 200 characters', () => {
    expect(intentionRequest.safeParse({ name: '林', phone: '13812345678', jobId: 'x' }).success).toBe(false);
    expect(intentionRequest.safeParse({ name: '林', phone: '13812345678', message: '长'.repeat(201) }).success).toBe(false);
  });
});

describe('jobsQuery', () => {
  it('coerces numbers, applies the default limit and drops empty parameters', () => {
    expect(jobsQuery.parse({ salaryMin: '4000', city: '', tag: 'flexible' })).toEqual({
      limit: 20,
      salaryMin: 4000,
      tag: 'flexible',
    });
  });

  it('refuses unknown parameters, unknown tags and a limit over 50', () => {
    expect(jobsQuery.safeParse({ sort: 'pay' }).success).toBe(false);
    expect(jobsQuery.safeParse({ tag: '五险一金' }).success).toBe(false);
    expect(jobsQuery.safeParse({ limit: '51' }).success).toBe(false);
  });

  it('refuses a fair id that is not an id', () => {
    expect(jobsQuery.safeParse({ fairId: 'a/b' }).success).toBe(false);
  });
});

describe('fairsQuery', () => {
  it('accepts an instant with an offset and a known mode only', () => {
    expect(fairsQuery.safeParse({ from: '2026-03-01T09:00:00+08:00', mode: 'both' }).success).toBe(true);
    expect(fairsQuery.safeParse({ mode: 'radio' }).success).toBe(false);
  });
});

const posting = {
  title: '钟点工',
  employer: { name: '好帮手家政', verified: false, womenLed: true },
  city: 'ganzhou',
  district: '章贡区',
  address: '章贡区红旗大道 1 号',
  category: 'cleaning',
  salary: { min: 25, max: 35, unit: 'hour' },
  headcount: 3,
  duties: '打扫卫生。',
  requirements: '细心。',
  expiresAt: '2026-05-01T00:00:00Z',
};

describe('jobCreateRequest', () => {
  it('fills tags, education, experience and fair with defaults', () => {
    expect(jobCreateRequest.parse(posting)).toMatchObject({ tags: [], education: 'any', experience: 'any', fairId: null });
  });

  it('refuses a minimum above the maximum, a repeated tag and a zero headcount', () => {
    expect(jobCreateRequest.safeParse({ ...posting, salary: { min: 40, max: 30, unit: 'hour' } }).success).toBe(false);
    expect(jobCreateRequest.safeParse({ ...posting, tags: ['flexible', 'flexible'] }).success).toBe(false);
    expect(jobCreateRequest.safeParse({ ...posting, headcount: 0 }).success).toBe(false);
  });

  it('refuses an employer without the verified and women-led flags', () => {
    expect(jobCreateRequest.safeParse({ ...posting, employer: { name: '好帮手家政' } }).success).toBe(false);
  });
});

describe('jobPatchRequest', () => {
  it('needs a version and at least one change, and adds no defaults', () => {
    expect(jobPatchRequest.parse({ version: 3, headcount: 5 })).toEqual({ version: 3, headcount: 5 });
    expect(jobPatchRequest.safeParse({ headcount: 5 }).success).toBe(false);
    expect(jobPatchRequest.safeParse({ version: 3 }).success).toBe(false);
    expect(jobPatchRequest.safeParse({ version: 3, status: 'open' }).success).toBe(false);
  });
});

describe('labels', () => {
  it('has the benefit tags job seekers ask for, with lower-case English ids', () => {
    const labels = JOB_TAGS.map((t) => t.label);
    expect(labels).toEqual(expect.arrayContaining(['弹性工作/妈妈岗', '五险一金', '包吃住', '提供培训', '可带娃/托育']));
    expect(JOB_TAGS.every((t) => /^[a-z-]+$/.test(t.id))).toBe(true);
  });

  it('labels every category and city in Chinese', () => {
    expect(JOB_CATEGORY_LABELS.housekeeping).toBe('家政服务');
    expect(CITY_LABELS.nanchang).toBe('南昌');
    expect(Object.keys(CITY_LABELS)).toHaveLength(11);
  });
});

describe('normaliseSearch', () => {
  it('folds full-width letters, case and spaces', () => {
    expect(normaliseSearch(' ＡＢＣ 电商 客服 ')).toBe('abc电商客服');
  });
});

describe('seed data', () => {
  const now = new Date('2026-03-02T02:00:00.000Z');
  const fairs = buildSeedFairs(now);
  const jobs = buildSeedJobs(now, fairs);

  it('has at least 60 postings in at least 5 cities, every one valid for the create schema', () => {
    expect(jobs.length).toBeGreaterThanOrEqual(60);
    expect(new Set(jobs.map((j) => j.city)).size).toBeGreaterThanOrEqual(5);
    for (const j of jobs) {
      const { title, employer, city, district, address, category, salary, headcount, duties, requirements, tags } = j;
      const input = { title, employer, city, district, address, category, salary, headcount, duties, requirements, tags };
      expect(jobCreateRequest.safeParse({ ...input, expiresAt: j.expiresAt }).success).toBe(true);
    }
  });

  it('keeps most postings open for 30 to 90 days and a few already expired', () => {
    const days = (j: (typeof jobs)[number]) => (new Date(j.expiresAt).getTime() - now.getTime()) / 86_400_000;
    const expired = jobs.filter((j) => days(j) < 0);
    expect(expired.length).toBeGreaterThan(0);
    expect(expired.length).toBeLessThan(8);
    expect(jobs.filter((j) => days(j) >= 0).every((j) => days(j) >= 30 && days(j) <= 90)).toBe(true);
  });

  it('has at least 6 fairs to come, one a women-only fair held online and offline', () => {
    expect(fairs.filter((f) => f.endAt > now.toISOString()).length).toBeGreaterThanOrEqual(6);
    expect(fairs.some((f) => f.womenSpecial && f.mode === 'both')).toBe(true);
    const ids = new Set(fairs.map((f) => f.id));
    expect(jobs.every((j) => j.fairId === null || ids.has(j.fairId))).toBe(true);
  });

  it('has women-led and verified employers, and pay quoted by month, day and hour', () => {
    expect(jobs.some((j) => j.employer.womenLed)).toBe(true);
    expect(jobs.some((j) => j.employer.verified)).toBe(true);
    expect(new Set(jobs.map((j) => j.salary.unit))).toEqual(new Set(['month', 'day', 'hour']));
  });
});
