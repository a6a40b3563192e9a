import type { Deps } from '../platform/deps';
import { findOrCreateByIdentity, getUser } from '../platform/users.store';
import { DAY_MS, HOUR_MS, MINUTE_MS, beijingDayOf, beijingDayStart } from '../../shared/time';
import { z } from 'zod';
import { idSchema } from '../../shared/common';
import {
  SLOT_MIN_LEAD_MINUTES,
  slotCreateRequest,
  slotLocation,
  slotModeSchema,
  volunteerApplyRequest,
  volunteerStatusSchema,
} from '../../shared/bookings';
import { approvedProfile, publicNameOf, toPublicProfile } from './volunteers.service';
import { putApplication, type VolunteerRecord } from './volunteers.store';
import { occurrences, reserveIntervals } from './slots.service';
import { putOpenSlot, type SlotRecord } from './slots.store';
import { createBooking } from './bookings.service';
import seedJson from './seed.data.json';

/**
 * The demo volunteers (seed.data.json): approved ones, pending applicants who also get a
 * resident account, and the Beijing wall-clock times (hours, minutes) each volunteer offers
 * on weekdays. Applications are checked with the API's own schema.
 */
const application = volunteerApplyRequest.extend({ bio: z.string().nullable() });
const seedFile = z.strictObject({
  volunteers: z.array(application.extend({ userId: idSchema, status: volunteerStatusSchema })),
  applicants: z.array(application.extend({ handle: idSchema, displayName: z.string() })),
  daily: z.array(
    z.strictObject({
      userId: idSchema,
      at: z.tuple([z.number().int().min(0).max(23), z.number().int().min(0).max(59)]),
      slot: z.strictObject({ durationMinutes: slotCreateRequest.shape.durationMinutes, mode: slotModeSchema, location: slotLocation.optional() }),
    }),
  ),
});
const { volunteers: APPROVED, applicants: PENDING, daily: DAILY } = seedFile.parse(seedJson);

type Seeded = z.infer<typeof seedFile>['volunteers'][number];

const record = (deps: Deps, s: Seeded, now: string): VolunteerRecord => ({
  userId: s.userId,
  status: s.status,
  realName: s.realName,
  publicName: publicNameOf(s.realName, s.profession),
  profession: s.profession,
  licenceNo: deps.cipher.encrypt(s.licenceNo),
  organisation: s.organisation,
  specialities: s.specialities,
  city: s.city,
  district: s.district,
  bio: s.bio,
  appliedAt: now,
  decidedAt: s.status === 'approved' ? now : null,
  rejectReason: null,
});

/** Demo volunteers, two pending applications, 14 days of open slots and one booking. */
export async function seedBookings(deps: Deps): Promise<void> {
  const now = deps.clock();
  const nowIso = now.toISOString();
  for (const v of APPROVED) await putApplication(deps, record(deps, v, nowIso));
  for (const p of PENDING) {
    const id = `demo-${p.handle}`;
    await findOrCreateByIdentity(deps, 'local', p.handle, {
      id,
      role: 'resident',
      displayName: p.displayName,
      createdAt: nowIso,
      consents: {},
    });
    await putApplication(deps, record(deps, { ...p, userId: id, status: 'pending' }, nowIso));
  }

  // Slots go through the same rules and the same schedule item as the API, but one
  // schedule write per volunteer and the slot puts at once keep a fresh start quick.
  const earliest = now.getTime() + SLOT_MIN_LEAD_MINUTES * MINUTE_MS;
  const slots: SlotRecord[] = [];
  for (const v of APPROVED) {
    const rec = await approvedProfile(deps, v.userId);
    if (!rec) continue;
    const mine: SlotRecord[] = [];
    for (let d = 0; d < 14; d++) {
      const dayStart = beijingDayStart(beijingDayOf(now.getTime() + d * DAY_MS)).getTime();
      for (const entry of DAILY.filter((e) => e.userId === v.userId)) {
        const start = dayStart + entry.at[0] * HOUR_MS + entry.at[1] * MINUTE_MS;
        if (start < earliest) continue;
        occurrences(now.getTime(), new Date(start).toISOString(), 1);
        mine.push({
          id: deps.ids(),
          volunteerId: v.userId,
          volunteer: toPublicProfile(rec),
          start: new Date(start).toISOString(),
          end: new Date(start + entry.slot.durationMinutes * MINUTE_MS).toISOString(),
          durationMinutes: entry.slot.durationMinutes,
          mode: entry.slot.mode,
          location: entry.slot.location ?? null,
          state: 'open',
          createdAt: nowIso,
          booking: null,
        });
      }
    }
    await reserveIntervals(
      deps,
      v.userId,
      mine.map((m) => [Date.parse(m.start), Date.parse(m.end)]),
    );
    slots.push(...mine);
  }
  await Promise.all(slots.map((slot) => putOpenSlot(deps, slot)));
  const firstSlotId =
    slots.find((x) => x.volunteerId === 'demo-volunteer' && x.mode === 'phone' && Date.parse(x.start) > now.getTime() + DAY_MS / 2)
      ?.id ?? null;

  const resident = await getUser(deps, 'demo-resident');
  if (resident && firstSlotId) {
    await createBooking(deps, resident, { slotId: firstSlotId, topic: 'dv-protection-order', note: '想了解怎么申请保护令。' });
  }
}
