import ExcelJS from 'exceljs';
import { runEventSweep } from '../../functions/events/sweep.service';
import { hoursWorkbook } from '../../functions/events/hours-export';
import { getUser } from '../../functions/platform/users.store';
import { readStats } from '../../functions/platform/stats';
import { buildAuthApp } from '../../functions/auth/app';
import { lambda } from '../helpers/http';
import { storedNotifications } from '../helpers/dynamo';
import { anEvent, eventsWorld, at, NOW, DAY, HOUR, MIN, type EventsWorld, type Person } from './events.fixtures';

let w: EventsWorld;
let v: Person;
let staff: Person;

beforeAll(async () => {
  w = await eventsWorld();
  v = await w.volunteer('speaker');
  staff = await w.staff('staff');
});
afterAll(() => w.close());
beforeEach(() => w.time.set(NOW));

async function inbox(p: Person, kind: string) {
  return (await storedNotifications(w.deps, p.userId, kind)).map((i) => ({ title: String(i.title), body: String(i.body) }));
}

const codeOf = async (by: Person, eventId: string) => {
  const res = await w.call('GET', `/api/events/${eventId}/checkin-code`, { token: by.token });
  expect(res.status).toBe(200);
  return res.body.code as string;
};

describe('publishing', () => {
  it('lets an approved volunteer publish an event she speaks at, shown with its free seats', async () => {
    const id = await w.publish(v, { capacity: 12 });

    const res = await w.call('GET', `/api/events/${id}`);

    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id, kind: 'lecture', capacity: 12, seatsLeft: 12, status: 'published', mine: null });
    expect(res.body.speakers).toEqual([{ id: v.userId, displayName: '陈律师' }]);
  });

  it('refuses a speaker who is not an approved volunteer', async () => {
    const r = await w.resident('not-a-lawyer');
    const res = await w.call('POST', '/api/events', { token: staff.token, body: { ...anEvent(), speakers: [r.userId] } });
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].path).toBe('speakers');
  });

  it('refuses residents, unknown fields, an end before the start and district staff outside their district', async () => {
    const r = await w.resident('publisher');
    const donghu = await w.staff('staff-donghu');
    expect((await w.call('POST', '/api/events', { token: r.token, body: anEvent() })).status).toBe(403);
    expect((await w.call('POST', '/api/events', { token: staff.token, body: { ...anEvent(), extra: 1 } })).status).toBe(400);
    const backwards = { ...anEvent(), end: at(NOW, DAY) };
    expect((await w.call('POST', '/api/events', { token: staff.token, body: backwards })).status).toBe(400);
    const ganzhou = { ...anEvent(), city: 'ganzhou', district: '章贡区', community: 'gz-zhanggong-1' };
    expect((await w.call('POST', '/api/events', { token: donghu.token, body: ganzhou })).status).toBe(403);
  });

  it('lists upcoming events soonest first, a page at a time, by city and by topic', async () => {
    const city = 'xinyu';
    const place = { city, district: '渝水区', community: null } as const;
    const ids = [];
    for (const d of [5, 3, 4]) ids.push(await w.publish(staff, { ...place, start: at(NOW, d * DAY), end: at(NOW, d * DAY + HOUR) }));
    await w.publish(staff, { ...place, topics: ['custody'], start: at(NOW, 6 * DAY), end: at(NOW, 6 * DAY + HOUR) });

    const first = await w.call('GET', `/api/events?city=${city}&limit=2`);
    const second = await w.call('GET', `/api/events?city=${city}&limit=2&cursor=${encodeURIComponent(first.body.nextCursor)}`);
    const custody = await w.call('GET', `/api/events?city=${city}&topic=custody`);
    const later = await w.call('GET', `/api/events?city=${city}&from=${encodeURIComponent(at(NOW, 4 * DAY + MIN))}`);

    expect(first.body.items.map((e: { id: string }) => e.id)).toEqual([ids[1], ids[2]]);
    expect(second.body.items.map((e: { id: string }) => e.id)).toEqual([ids[0], expect.any(String)]);
    expect(second.body.nextCursor).toBeNull();
    expect(custody.body.items).toHaveLength(1);
    expect(later.body.items.map((e: { id: string }) => e.id)).toEqual([ids[0], custody.body.items[0].id]);
  });

  it('edits with the version that was read, and never sets capacity below the seats taken', async () => {
    const id = await w.publish(v, { capacity: 5 });
    await w.signUp(await w.resident('edit-1'), id);
    await w.signUp(await w.resident('edit-2'), id);

    const tooSmall = await w.call('PATCH', `/api/events/${id}`, { token: v.token, body: { version: 1, capacity: 1 } });
    const ok = await w.call('PATCH', `/api/events/${id}`, { token: v.token, body: { version: 1, capacity: 2, venue: '社区二楼' } });
    const stale = await w.call('PATCH', `/api/events/${id}`, { token: v.token, body: { version: 1, venue: '别处' } });

    expect(tooSmall.status).toBe(400);
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ capacity: 2, seatsLeft: 0, venue: '社区二楼', version: 2 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('VERSION_CONFLICT');
  });

  it('tells everyone signed up, in neutral words, when the time or place changes', async () => {
    const id = await w.publish(v);
    const her = await w.resident('moved');
    await w.signUp(her, id);

    await w.call('PATCH', `/api/events/${id}`, { token: v.token, body: { version: 1, description: '新的介绍' } });
    expect(await inbox(her, 'event-changed')).toHaveLength(0);
    await w.call('PATCH', `/api/events/${id}`, { token: v.token, body: { version: 2, venue: '社区三楼' } });

    const notes = await inbox(her, 'event-changed');
    expect(notes).toHaveLength(1);
    expect(JSON.stringify(notes)).not.toContain('社区三楼');
  });
});

describe('signing up', () => {
  it('takes one seat per person: a second sign-up is 409 ALREADY_SIGNED_UP and the event shows 已报名', async () => {
    const id = await w.publish(v, { capacity: 3 });
    const her = await w.resident('once');

    const first = await w.signUp(her, id);
    const again = await w.signUp(her, id);
    const seen = await w.call('GET', `/api/events/${id}`, { token: her.token });

    expect(first.status).toBe(201);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('ALREADY_SIGNED_UP');
    expect(seen.body.seatsLeft).toBe(2);
    expect(seen.body.mine).toMatchObject({ status: 'signed-up', checkedInAt: null });
  });

  it('frees the seat at once when she withdraws, so the next person gets it', async () => {
    const id = await w.publish(v, { capacity: 1 });
    const [a, b] = await w.residents(2, 'free');
    await w.signUp(a, id);
    expect((await w.signUp(b, id)).body.error.code).toBe('EVENT_FULL');

    const out = await w.call('DELETE', `/api/events/${id}/signups/me`, { token: a.token });
    const next = await w.signUp(b, id);

    expect(out.status).toBe(200);
    expect(out.body.mine).toBeNull();
    expect(next.status).toBe(201);
    expect(next.body.seatsLeft).toBe(0);
  });

  it('no longer lets her withdraw or sign up once the event has started', async () => {
    const id = await w.publish(v);
    const [a, b] = await w.residents(2, 'late');
    await w.signUp(a, id);
    w.time.set(at(NOW, 2 * DAY + MIN));

    expect((await w.call('DELETE', `/api/events/${id}/signups/me`, { token: a.token })).body.error.code).toBe('EVENT_STARTED');
    expect((await w.signUp(b, id)).body.error.code).toBe('EVENT_STARTED');
  });

  it('needs no name; the organiser sees a numbered list with a name only where one was given', async () => {
    const id = await w.publish(v);
    const [a, b] = await w.residents(2, 'names');
    await w.signUp(a, id);
    // The list is in sign-up order; a pinned clock would tie the two otherwise.
    w.time.advance(1000);
    await w.signUp(b, id, { name: '小林' });

    const list = await w.call('GET', `/api/events/${id}/signups`, { token: v.token });
    const byResident = await w.call('GET', `/api/events/${id}/signups`, { token: a.token });

    expect(list.body).toMatchObject({ capacity: 20, taken: 2, checkedIn: 0 });
    expect(list.body.items.map((s: { n: number; name: string | null }) => [s.n, s.name])).toEqual([
      [1, null],
      [2, '小林'],
    ]);
    expect(JSON.stringify(list.body)).not.toContain(a.userId);
    expect(byResident.status).toBe(403);
  });

  it('lists her sign-ups with the event, soonest first', async () => {
    const her = await w.resident('mine');
    const later = await w.publish(v, { start: at(NOW, 4 * DAY), end: at(NOW, 4 * DAY + HOUR) });
    const sooner = await w.publish(v, { start: at(NOW, 3 * DAY), end: at(NOW, 3 * DAY + HOUR) });
    await w.signUp(her, later);
    await w.signUp(her, sooner);

    const res = await w.call('GET', '/api/me/event-signups', { token: her.token });

    expect(res.body.items.map((x: { event: { id: string } }) => x.event.id)).toEqual([sooner, later]);
    expect(res.body.items[0].signup.status).toBe('signed-up');
  });

  it('cancelling an event tells everyone signed up with the fixed text only and closes sign-up', async () => {
    const id = await w.publish(v, { title: '反家暴讲座（请勿外传）' });
    const [a, b] = await w.residents(2, 'cancel');
    await w.signUp(a, id);

    const res = await w.call('POST', `/api/events/${id}/cancel`, { token: v.token });

    expect(res.status).toBe(200);
    expect(res.body.status).toBe('cancelled');
    const notes = await inbox(a, 'event-cancelled');
    expect(notes).toHaveLength(1);
    expect(JSON.stringify(notes)).not.toContain('家暴');
    expect((await w.signUp(b, id)).body.error.code).toBe('EVENT_CANCELLED');
    expect((await w.call('POST', `/api/events/${id}/cancel`, { token: v.token })).status).toBe(409);
  });

  it('removes her sign-up and frees her seat when she deletes her account', async () => {
    const id = await w.publish(v, { capacity: 1 });
    const [she, next] = await w.residents(2, 'erase');
    await w.signUp(she, id, { name: '小林' });

    const gone = await lambda(buildAuthApp(w.deps))('DELETE', '/api/me', { token: she.token, body: { confirm: '删除' } });

    expect(gone.status).toBe(204);
    const list = await w.call('GET', `/api/events/${id}/signups`, { token: v.token });
    expect(list.body.items).toEqual([]);
    expect((await w.signUp(next, id)).status).toBe(201);
  });

  it('reminds everyone signed up 24 hours before, once', async () => {
    const id = await w.publish(v, { start: at(NOW, 30 * HOUR), end: at(NOW, 31 * HOUR) });
    const her = await w.resident('remind');
    await w.signUp(her, id);

    w.time.set(at(NOW, 5 * HOUR));
    await runEventSweep(w.deps);
    expect(await inbox(her, 'event-reminder')).toHaveLength(0);
    w.time.set(at(NOW, 7 * HOUR));
    await runEventSweep(w.deps);
    await runEventSweep(w.deps);

    expect(await inbox(her, 'event-reminder')).toHaveLength(1);
  });
});

describe('checking in', () => {
  const start = at(NOW, 2 * DAY);

  it('marks her 已签到 with the code on the organiser’s screen', async () => {
    const id = await w.publish(v);
    const her = await w.resident('in');
    await w.signUp(her, id);
    w.time.set(at(start, 5 * MIN));

    const res = await w.call('POST', `/api/events/${id}/checkin`, { token: her.token, body: { code: await codeOf(v, id) } });
    const list = await w.call('GET', `/api/events/${id}/signups`, { token: v.token });

    expect(res.status).toBe(200);
    expect(res.body.status).toBe('checked-in');
    expect(list.body.checkedIn).toBe(1);
  });

  it('refuses a code from the previous 10 minutes as expired (400)', async () => {
    const id = await w.publish(v);
    const her = await w.resident('expired');
    await w.signUp(her, id);
    w.time.set(at(start, 0));
    const code = await codeOf(v, id);

    w.time.advance(10 * MIN);
    const res = await w.call('POST', `/api/events/${id}/checkin`, { token: her.token, body: { code } });

    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('CHECKIN_CODE_INVALID');
  });

  it('refuses another event’s code (400)', async () => {
    const id = await w.publish(v);
    const other = await w.publish(v);
    const her = await w.resident('foreign');
    await w.signUp(her, id);
    w.time.set(at(start, 5 * MIN));

    const res = await w.call('POST', `/api/events/${id}/checkin`, { token: her.token, body: { code: await codeOf(v, other) } });

    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('CHECKIN_CODE_INVALID');
  });

  it('lets walk-ins without a sign-up check in while seats remain', async () => {
    const id = await w.publish(v, { capacity: 1 });
    const [a, b] = await w.residents(2, 'walkin');
    w.time.set(at(start, 5 * MIN));
    const code = await codeOf(v, id);

    const first = await w.call('POST', `/api/events/${id}/checkin`, { token: a.token, body: { code } });
    const second = await w.call('POST', `/api/events/${id}/checkin`, { token: b.token, body: { code } });

    expect(first.status).toBe(200);
    expect(first.body.status).toBe('checked-in');
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('EVENT_FULL');
  });

  it('shows the code only to those who run the event', async () => {
    const id = await w.publish(v);
    const her = await w.resident('peek');
    expect((await w.call('GET', `/api/events/${id}/checkin-code`, { token: her.token })).status).toBe(403);
    expect((await w.call('GET', `/api/events/${id}/checkin-code`, { token: staff.token })).status).toBe(200);
  });
});

describe('volunteer service hours', () => {
  it('counts an event that took place for its speakers, once, and shows it in 我的志愿服务', async () => {
    const speaker = await w.volunteer('hours');
    const id = await w.publish(speaker, { title: '家长学校', kind: 'parent-school', start: at(NOW, 2 * DAY), end: at(NOW, 2 * DAY + 90 * MIN) });
    const cancelled = await w.publish(speaker, { start: at(NOW, 2 * DAY), end: at(NOW, 2 * DAY + HOUR) });
    await w.call('POST', `/api/events/${cancelled}/cancel`, { token: speaker.token });

    w.time.set(at(NOW, 2 * DAY + 2 * HOUR));
    await runEventSweep(w.deps);
    await runEventSweep(w.deps);
    const res = await w.call('GET', '/api/me/volunteer/hours?year=2026', { token: speaker.token });

    expect(res.status).toBe(200);
    expect(res.body.totalMinutes).toBe(90);
    expect(res.body.items).toEqual([{ kind: 'event', at: at(NOW, 2 * DAY + 90 * MIN), minutes: 90, label: '家长学校' }]);
    expect(id).toBeTruthy();
    const stats = await readStats(w.deps, '2026-12-01', '2026-12-31');
    expect(stats.totals['eventsHeld_parent-school']).toBeGreaterThanOrEqual(1);
  });

  it('gives staff each volunteer’s hours for the year, and the same as an .xlsx sheet', async () => {
    const speaker = await w.volunteer('sheet');
    await w.publish(speaker, { start: at(NOW, 3 * DAY), end: at(NOW, 3 * DAY + 2 * HOUR) });
    w.time.set(at(NOW, 3 * DAY + 3 * HOUR));
    await runEventSweep(w.deps);

    const res = await w.call('GET', '/api/admin/volunteer-hours?year=2026', { token: staff.token });
    const row = res.body.items.find((r: { volunteerId: string }) => r.volunteerId === speaker.userId);
    const file = await w.call('GET', '/api/admin/volunteer-hours.xlsx?year=2026', { token: staff.token });
    const staffUser = await getUser(w.deps, staff.userId);
    if (!staffUser) throw new Error('no staff');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await hoursWorkbook(w.deps, staffUser, 2026)).body as unknown as ArrayBuffer);
    const names = wb.worksheets[0].getColumn(1).values;

    expect(row).toMatchObject({ displayName: '陈静', totalMinutes: 120, events: 1 });
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toContain('spreadsheetml');
    expect(names).toContain('陈静');
    expect((await w.call('GET', '/api/admin/volunteer-hours', { token: speaker.token })).status).toBe(403);
  });
});
