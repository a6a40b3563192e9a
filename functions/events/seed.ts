import { z } from 'zod';
import { eventCreateRequest } from '../../shared/events';
import { DAY_MS, HOUR_MS, MINUTE_MS, beijingDayOf, beijingDayStart } from '../../shared/time';
import type { Deps } from '../platform/deps';
import { isConditionFailed } from '../platform/errors';
import { getUser } from '../platform/users.store';
import { getVolunteer } from '../bookings/volunteers.store';
import { cancelEventItem, putEvent, putSignup, type EventRecord } from './events.store';
import seedJson from './seed.data.json';

/**
 * The demo events (seed.data.json), each as staff would create it but placed in time relative
 * to today: `day` days from today (Beijing), starting at the Beijing clock time `at`, for
 * `hours` hours. `taken` seats go to demo attendees (equal to capacity makes it full).
 */
const seedEvent = eventCreateRequest.omit({ start: true, end: true }).extend({
  day: z.number().int().min(0),
  at: z.string().regex(/^\d{2}:\d{2}$/),
  hours: z.number().positive(),
  organiser: z.string(),
  taken: z.number().int().min(0).optional(),
  cancelled: z.boolean().optional(),
});
const EVENTS = z.array(seedEvent).parse(seedJson);

const beijingAt = (now: Date, day: number, clock: string): Date => {
  const [h, m] = clock.split(':').map(Number);
  return new Date(beijingDayStart(beijingDayOf(now.getTime() + day * DAY_MS)).getTime() + h * HOUR_MS + m * MINUTE_MS);
};

/**
 * At least 12 upcoming events over the demo cities: some full (their seats taken by demo
 * attendees with real sign-up items, so counts and lists agree), one cancelled. Fixed ids,
 * and a conditional put, make a second run change nothing.
 */
export async function seedEvents(deps: Deps): Promise<void> {
  const now = deps.clock();
  for (const [i, s] of EVENTS.entries()) {
    const id = `seed-event-${String(i + 1).padStart(2, '0')}`;
    const start = beijingAt(now, s.day, s.at);
    const organiser = await getUser(deps, s.organiser);
    const speakers: EventRecord['speakers'] = [];
    for (const v of s.speakers ?? []) {
      const rec = await getVolunteer(deps, v);
      if (rec) speakers.push({ id: v, displayName: rec.publicName });
    }
    const e: EventRecord = {
      id,
      title: s.title,
      kind: s.kind,
      topics: s.topics,
      start: start.toISOString(),
      end: new Date(start.getTime() + s.hours * HOUR_MS).toISOString(),
      venue: s.venue,
      city: s.city,
      district: s.district,
      community: s.community ?? null,
      capacity: s.capacity,
      taken: s.taken ?? 0,
      description: s.description,
      speakers,
      organiserId: s.organiser,
      organiserName: organiser?.displayName ?? '妇联',
      status: 'published',
      version: 1,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    try {
      await putEvent(deps, e);
    } catch (err) {
      if (isConditionFailed(err)) continue;
      throw err;
    }
    for (let n = 0; n < (s.taken ?? 0); n++) {
      await putSignup(deps, {
        eventId: id,
        userId: `seed-attendee-${n + 1}`,
        eventStart: e.start,
        name: null,
        status: 'signed-up',
        walkIn: false,
        signedUpAt: now.toISOString(),
        checkedInAt: null,
      });
    }
    if (s.cancelled) await cancelEventItem(deps, id, now.toISOString());
  }
}
