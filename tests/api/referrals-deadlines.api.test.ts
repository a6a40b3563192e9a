import { startTestStore, type TestStore } from '../helpers/dynamo';
import { runReferralEscalation } from '../../functions/referrals/escalation';
import { runReminders } from '../../functions/bookings/reminders.service';
import { HOUR, at, referralWorld, type Person, type ReferralWorld } from './referrals.fixtures';

/**
 * Deadlines with a pinned clock: first contact within 24 h (urgent) or 72 h (normal) of her
 * consent, then each follow-up at nextVisitAt. A missed one escalates once to the district.
 */
let store: TestStore;
let w: ReferralWorld;
beforeAll(async () => {
  store = await startTestStore();
  w = await referralWorld(store, '2027-04-01T02:00:00.000Z');
});
afterAll(() => store.close());

const overdueNotes = async (p: Person, referralId: string) =>
  (await w.notes(p, 'referral-overdue')).filter((n) => (n.link ?? '').includes(referralId));

const asWorker = async (id: string) => (await w.call('GET', `/api/referrals/${id}`, { token: w.people.worker.token })).body;

describe('the contact deadline', () => {
  it('escalates an urgent referral not contacted within 24 h to the district staff, once', async () => {
    const t0 = '2027-04-01T02:00:00.000Z';
    w.time.set(t0);
    const { id } = await w.accepted({ urgent: true });

    w.time.set(at(t0, 23 * HOUR));
    await runReferralEscalation(w.deps);
    expect(await overdueNotes(w.people.staffDonghu, id)).toHaveLength(0);
    expect((await asWorker(id)).overdue).toBe(false);

    w.time.set(at(t0, 25 * HOUR));
    await runReferralEscalation(w.deps);
    await runReferralEscalation(w.deps);

    const notes = await overdueNotes(w.people.staffDonghu, id);
    expect(notes).toHaveLength(1);
    expect(JSON.stringify(notes)).not.toMatch(/13912345678|动手|上门/);
    expect(await asWorker(id)).toMatchObject({ overdue: true, escalated: true, dueAt: at(t0, 24 * HOUR) });
    const list = await w.call('GET', '/api/admin/referrals?overdue=true', { token: w.people.staffDonghu.token });
    expect(list.body.items.map((r: { id: string }) => r.id)).toContain(id);
    expect(list.body.items.find((r: { id: string }) => r.id === id)).toMatchObject({ viewer: 'staff', contact: null, question: null });
  });

  it('gives a normal referral 72 h', async () => {
    const t0 = '2027-04-10T02:00:00.000Z';
    w.time.set(t0);
    const { id } = await w.accepted({ urgent: false });

    w.time.set(at(t0, 71 * HOUR));
    await runReferralEscalation(w.deps);
    expect(await overdueNotes(w.people.staffDonghu, id)).toHaveLength(0);

    w.time.set(at(t0, 73 * HOUR));
    await runReferralEscalation(w.deps);
    expect(await overdueNotes(w.people.staffDonghu, id)).toHaveLength(1);
  });

  it('escalates once when two runs of the job overlap', async () => {
    const t0 = '2027-04-20T02:00:00.000Z';
    w.time.set(t0);
    const { id } = await w.accepted({ urgent: true });
    w.time.set(at(t0, 30 * HOUR));

    await Promise.all([runReferralEscalation(w.deps), runReferralEscalation(w.deps), runReferralEscalation(w.deps)]);

    expect(await overdueNotes(w.people.staffDonghu, id)).toHaveLength(1);
  });

  it('does not escalate a referral contacted in time', async () => {
    const t0 = '2027-05-01T02:00:00.000Z';
    w.time.set(t0);
    const { id } = await w.claimed({ urgent: true });
    w.time.set(at(t0, 3 * HOUR));
    await w.call('POST', `/api/referrals/${id}/visits`, {
      token: w.people.worker.token,
      body: { at: w.time.clock().toISOString(), kind: 'phone', result: 'reached' },
    });

    w.time.set(at(t0, 100 * HOUR));
    await runReferralEscalation(w.deps);

    expect(await overdueNotes(w.people.staffDonghu, id)).toHaveLength(0);
    expect(await asWorker(id)).toMatchObject({ overdue: false, dueAt: null, contactedAt: at(t0, 3 * HOUR) });
  });

  it('keeps the contact deadline running after a call that did not reach her', async () => {
    const t0 = '2027-05-10T02:00:00.000Z';
    w.time.set(t0);
    const { id } = await w.claimed({ urgent: true });
    w.time.set(at(t0, 2 * HOUR));
    await w.call('POST', `/api/referrals/${id}/visits`, {
      token: w.people.worker.token,
      body: { at: w.time.clock().toISOString(), kind: 'phone', result: 'not-reached' },
    });

    w.time.set(at(t0, 26 * HOUR));
    await runReferralEscalation(w.deps);

    expect(await overdueNotes(w.people.staffDonghu, id)).toHaveLength(1);
  });

  it('takes a late contact off the overdue list, and the old deadline never escalates again', async () => {
    const t0 = '2027-05-20T02:00:00.000Z';
    w.time.set(t0);
    const { id } = await w.claimed({ urgent: true });
    w.time.set(at(t0, 25 * HOUR));
    await runReferralEscalation(w.deps);
    await w.call('POST', `/api/referrals/${id}/visits`, {
      token: w.people.worker.token,
      body: { at: w.time.clock().toISOString(), kind: 'home', result: 'not-reached' },
    });
    await runReferralEscalation(w.deps);
    expect(await overdueNotes(w.people.staffDonghu, id)).toHaveLength(1);

    await w.call('POST', `/api/referrals/${id}/visits`, {
      token: w.people.worker.token,
      body: { at: w.time.clock().toISOString(), kind: 'home', result: 'reached' },
    });

    const list = await w.call('GET', '/api/admin/referrals?overdue=true&limit=50', { token: w.people.staffDonghu.token });
    expect(list.body.items.map((r: { id: string }) => r.id)).not.toContain(id);
    expect((await asWorker(id)).overdue).toBe(false);
  });
});

describe('follow-up visits', () => {
  it('escalates a missed follow-up at nextVisitAt, once', async () => {
    const t0 = '2027-06-01T02:00:00.000Z';
    w.time.set(t0);
    const { id } = await w.claimed({ urgent: false });
    w.time.set(at(t0, 5 * HOUR));
    await w.call('POST', `/api/referrals/${id}/visits`, {
      token: w.people.worker.token,
      body: { at: w.time.clock().toISOString(), kind: 'home', result: 'needs-more', nextVisitAt: at(t0, 48 * HOUR) },
    });

    w.time.set(at(t0, 47 * HOUR));
    await runReferralEscalation(w.deps);
    expect(await overdueNotes(w.people.staffDonghu, id)).toHaveLength(0);

    w.time.set(at(t0, 49 * HOUR));
    await runReferralEscalation(w.deps);
    await runReferralEscalation(w.deps);
    expect(await overdueNotes(w.people.staffDonghu, id)).toHaveLength(1);
    expect(await asWorker(id)).toMatchObject({ overdue: true, dueAt: at(t0, 48 * HOUR) });
  });
});

describe('who is told', () => {
  it('tells the city staff when the district has no staff of its own', async () => {
    const t0 = '2027-06-10T02:00:00.000Z';
    w.time.set(t0);
    const { id } = await w.accepted({ urgent: true, communityId: 'nc-qingshanhu-2' });
    w.time.set(at(t0, 25 * HOUR));
    await runReferralEscalation(w.deps);
    expect(await overdueNotes(w.people.staffNanchang, id)).toHaveLength(1);
    expect(await overdueNotes(w.people.staffDonghu, id)).toHaveLength(0);
    const cityList = await w.call('GET', `/api/admin/referrals?overdue=true&district=${encodeURIComponent('青山湖区')}`, {
      token: w.people.staffNanchang.token,
    });
    expect(cityList.body.items.map((r: { id: string }) => r.id)).toContain(id);
    const donghu = await w.call('GET', `/api/admin/referrals?overdue=true&district=${encodeURIComponent('青山湖区')}`, {
      token: w.people.staffDonghu.token,
    });
    expect(donghu.status).toBe(400);
    expect((await w.call('GET', `/api/referrals/${id}`, { token: w.people.staffDonghu.token })).status).toBe(404);
  });
});

describe('the scheduled job', () => {
  it('runs the escalation together with the booking reminders', async () => {
    const t0 = '2027-07-01T02:00:00.000Z';
    w.time.set(t0);
    const { id } = await w.accepted({ urgent: true });
    w.time.set(at(t0, 25 * HOUR));
    await runReminders(w.deps);
    expect(await overdueNotes(w.people.staffDonghu, id)).toHaveLength(1);
  });
});
