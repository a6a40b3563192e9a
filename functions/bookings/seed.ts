import type { Deps } from '../platform/deps';
import { findOrCreateByIdentity, getUser } from '../platform/users.store';
import { DAY_MS, HOUR_MS, MINUTE_MS, beijingDayOf, beijingDayStart } from '../../shared/time';
import type { SlotCreateRequest } from '../../shared/bookings';
import { SLOT_MIN_LEAD_MINUTES } from '../../shared/bookings';
import { approvedProfile, publicNameOf, toPublicProfile } from './volunteers.service';
import { putApplication, type VolunteerRecord } from './volunteers.store';
import { occurrences, reserveIntervals } from './slots.service';
import { putOpenSlot, type SlotRecord } from './slots.store';
import { createBooking } from './bookings.service';

type Seeded = Omit<VolunteerRecord, 'publicName' | 'licenceNo' | 'appliedAt' | 'decidedAt' | 'rejectReason'> & {
  licence: string;
};

const APPROVED: Seeded[] = [
  {
    userId: 'demo-volunteer',
    status: 'approved',
    realName: '陈静',
    profession: 'lawyer',
    licence: '13601201810012345',
    organisation: '江西正言律师事务所',
    specialities: ['dv-protection-order', 'dv-evidence', 'marital-property', 'custody', 'divorce-litigation'],
    city: 'nanchang',
    district: '东湖区',
    bio: '执业 12 年，长期为妇联提供公益法律咨询，擅长家暴、离婚和抚养权问题。',
  },
  {
    userId: 'demo-volunteer2',
    status: 'approved',
    realName: '王芳',
    profession: 'mediator',
    licence: 'TJY2019-0088',
    organisation: '南昌市西湖区人民调解委员会',
    specialities: ['mediation', 'divorce-agreement', 'child-support', 'visitation', 'inheritance'],
    city: 'nanchang',
    district: '西湖区',
    bio: '社区调解员，做家庭纠纷调解 8 年。',
  },
];

const PENDING: (Omit<Seeded, 'userId' | 'status'> & { handle: string; displayName: string })[] = [
  {
    handle: 'applicant1',
    displayName: '居民小刘',
    realName: '刘敏',
    profession: 'legal-worker',
    licence: 'FLGZ-360102-77',
    organisation: '青山湖区司法所',
    specialities: ['labor-contract', 'wage-arrears', 'labor-arbitration'],
    city: 'nanchang',
    district: '青山湖区',
    bio: '基层法律服务工作者。',
  },
  {
    handle: 'applicant2',
    displayName: '居民小许',
    realName: '许丽华',
    profession: 'counsellor',
    licence: 'XLZX-2021-5531',
    organisation: '九江市心理援助中心',
    specialities: ['psych-support', 'dv-shelter'],
    city: 'jiujiang',
    district: '浔阳区',
    bio: null,
  },
];

const record = (deps: Deps, s: Seeded, now: string): VolunteerRecord => ({
  userId: s.userId,
  status: s.status,
  realName: s.realName,
  publicName: publicNameOf(s.realName, s.profession),
  profession: s.profession,
  licenceNo: deps.cipher.encrypt(s.licence),
  organisation: s.organisation,
  specialities: s.specialities,
  city: s.city,
  district: s.district,
  bio: s.bio,
  appliedAt: now,
  decidedAt: s.status === 'approved' ? now : null,
  rejectReason: null,
});

/** Beijing wall-clock times (hours, minutes) each volunteer offers on weekdays. */
const DAILY: { userId: string; at: [number, number]; slot: Omit<SlotCreateRequest, 'start' | 'repeatWeeks'> }[] = [
  {
    userId: 'demo-volunteer',
    at: [9, 30],
    slot: {
      durationMinutes: 45,
      mode: 'in-person',
      location: { name: '东湖区妇女之家', address: '南昌市东湖区八一大道 318 号' },
    },
  },
  { userId: 'demo-volunteer', at: [14, 0], slot: { durationMinutes: 30, mode: 'phone' } },
  { userId: 'demo-volunteer', at: [19, 30], slot: { durationMinutes: 60, mode: 'video' } },
  { userId: 'demo-volunteer2', at: [10, 0], slot: { durationMinutes: 60, mode: 'phone' } },
  {
    userId: 'demo-volunteer2',
    at: [15, 15],
    slot: {
      durationMinutes: 45,
      mode: 'in-person',
      location: { name: '西湖区妇女之家服务点', address: '南昌市西湖区孺子路 96 号' },
    },
  },
];

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
