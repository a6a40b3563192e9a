import type { MeResponse, PublicUser } from '../../shared/auth';
import type { Booking, OpenSlot, VolunteerPublicProfile } from '../../shared/bookings';
import type { Intention } from '../../shared/jobs';

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

/** 居民小林, the demo resident the page tests sign in as. */
export const RESIDENT: PublicUser = { id: 'demo-resident', role: 'resident', displayName: '居民小林' };

/** What GET /api/me answers for her: no consents, 隐私模式 off. */
export const aMe = (overrides: Partial<MeResponse> = {}): MeResponse => ({
  ...RESIDENT,
  createdAt: '2026-11-01T00:00:00.000Z',
  consents: [],
  consentsNeeded: [],
  preferences: { discreet: false },
  ...overrides,
});

/** One page of a list, the last one. */
export const aPage = (items: unknown[]) => ({ items, nextCursor: null });

export const aVolunteer = (overrides: Partial<VolunteerPublicProfile> = {}): VolunteerPublicProfile => ({
  id: 'demo-volunteer',
  displayName: '陈律师',
  profession: 'lawyer',
  organisation: '江西正言律师事务所',
  specialities: ['dv-protection-order', 'custody'],
  city: 'nanchang',
  ...overrides,
});

/** An open phone slot on Wednesday 9 December 2026, 08:15-08:45 in Beijing. */
export const aSlot = (overrides: Partial<OpenSlot> = {}): OpenSlot => ({
  id: 'slot-1',
  start: '2026-12-09T00:15:00.000Z',
  end: '2026-12-09T00:45:00.000Z',
  durationMinutes: 30,
  mode: 'phone',
  location: null,
  volunteer: aVolunteer(),
  ...overrides,
});

/** Her booking of `aSlot()` about custody, still to come. */
export const aBooking = (overrides: Partial<Booking> = {}): Booking => ({
  id: 'bk-1',
  slotId: 'slot-1',
  start: aSlot().start,
  end: aSlot().end,
  mode: 'phone',
  location: null,
  volunteer: aVolunteer(),
  topic: 'custody',
  note: null,
  status: 'booked',
  createdAt: '2026-11-29T00:00:00.000Z',
  cancelledBy: null,
  cancelReason: null,
  outcome: null,
  ...overrides,
});

/** Her registration for `aPosting()`, not yet followed up. */
export const anIntention = (overrides: Partial<Intention> = {}): Intention => ({
  id: 'int-1',
  jobId: 'job-7',
  job: { title: '超市收银员', employerName: '惠民超市' },
  name: '林女士',
  phone: '13800138000',
  message: null,
  status: 'pending',
  createdAt: '2026-11-28T10:00:00.000Z',
  ...overrides,
});
