/**
 * Builders for what the client receives from the API, for component and client-api tests:
 * one complete posting, changed per test only where the test cares.
 */
export const aPosting = (overrides: Record<string, unknown> = {}) => ({
  id: 'job-7',
  title: '超市收银员',
  employer: { name: '惠民超市', verified: true, womenLed: true },
  city: 'jiujiang',
  district: '浔阳区',
  address: '长虹大道 8 号',
  category: 'retail',
  salary: { min: 3500, max: 4500, unit: 'month' },
  headcount: 2,
  duties: '收银',
  requirements: '细心',
  tags: [] as string[],
  education: 'any',
  experience: 'any',
  fairId: null,
  publishedAt: '2026-11-01T00:00:00.000Z',
  expiresAt: '2026-12-31T00:00:00.000Z',
  status: 'open',
  version: 1,
  ...overrides,
});
