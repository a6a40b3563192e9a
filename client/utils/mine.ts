import type { Booking } from '../../shared/bookings';
import type { Intention } from '../../shared/jobs';
import type { Page } from '../../shared/common';
import { bookingsApi } from '../api/bookings';
import { jobsApi } from '../api/jobs';

/** Every page of one of her own lists (a resident has at most a few hundred entries). */
async function everyPage<T>(fetch: (cursor: string | null) => Promise<Page<T>>): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<T> = await fetch(cursor);
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

/** Her registration for this posting, if she has one (so the page says 已报名, not the form again). */
export async function findMyIntention(jobId: string): Promise<Intention | null> {
  const mine = await everyPage((c) => jobsApi.myIntentions(c));
  return mine.find((i) => i.jobId === jobId) ?? null;
}

/** Her bookings that are still on (status booked), by slot id. */
export async function myBookedSlots(): Promise<Map<string, Booking>> {
  const mine = await everyPage((c) => bookingsApi.myBookings(c));
  return new Map(mine.filter((b) => b.status === 'booked').map((b) => [b.slotId, b]));
}
