import { startTestStore, type TestStore } from '../helpers/dynamo';
import { referralWorld, type ReferralWorld } from './referrals.fixtures';

let store: TestStore;
let w: ReferralWorld;
beforeAll(async () => {
  store = await startTestStore();
  w = await referralWorld(store, '2027-03-01T02:00:00.000Z');
});
afterAll(() => store.close());

describe('GET /api/communities', () => {
  it('lists at least two districts of three communities for a demo city, for anyone', async () => {
    const res = await w.call('GET', '/api/communities');
    expect(res.status).toBe(200);
    const nanchang = (res.body.items as { city: string; district: string }[]).filter((c) => c.city === 'nanchang');
    const perDistrict = new Map<string, number>();
    for (const c of nanchang) perDistrict.set(c.district, (perDistrict.get(c.district) ?? 0) + 1);
    expect([...perDistrict.values()].filter((n) => n >= 3).length).toBeGreaterThanOrEqual(2);
  });
});

describe('proposing', () => {
  it('lets the volunteer who claimed the question propose, and tells her with a fixed text', async () => {
    const before = (await w.notes(w.people.resident, 'referral-proposed')).length;
    const { id } = await w.proposed({ reason: 'shelter', urgent: true });
    const mine = await w.call('GET', '/api/me/referrals', { token: w.people.resident.token });
    const item = mine.body.items.find((r: { id: string }) => r.id === id);
    expect(item).toMatchObject({ status: 'proposed', reason: 'shelter', urgent: true, proposedBy: 'volunteer', community: null });
    const notes = await w.notes(w.people.resident, 'referral-proposed');
    expect(notes).toHaveLength(before + 1);
    expect(JSON.stringify(notes)).not.toMatch(/庇护|shelter|打了我/);
  });

  it('answers 404 to a volunteer who has not claimed the question', async () => {
    const questionId = await w.question(w.people.resident, w.people.volunteer);
    const res = await w.call('POST', '/api/referrals', {
      token: w.people.volunteer2.token,
      body: { questionId, reason: 'home-visit', urgent: false },
    });
    expect(res.status).toBe(404);
  });

  it('lets her ask for it herself from her own question', async () => {
    const questionId = await w.question(w.people.resident);
    const res = await w.call('POST', '/api/referrals', {
      token: w.people.resident.token,
      body: { questionId, reason: 'mediation', urgent: false },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'proposed', proposedBy: 'resident', viewer: 'resident', questionId });
  });

  it('keeps one open referral per question, even when proposed five times at once', async () => {
    const questionId = await w.question(w.people.resident, w.people.volunteer);
    const body = { questionId, reason: 'legal-aid', urgent: false };
    const results = await Promise.all(
      Array.from({ length: 5 }, () => w.call('POST', '/api/referrals', { token: w.people.volunteer.token, body })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409]);
    expect(results.find((r) => r.status === 409)?.body.error.code).toBe('REFERRAL_OPEN');
  });

  it('allows a new proposal once she declined the last one', async () => {
    const { id, questionId } = await w.proposed();
    await w.call('POST', `/api/referrals/${id}/decline`, { token: w.people.resident.token, body: {} });
    const again = await w.call('POST', '/api/referrals', {
      token: w.people.volunteer.token,
      body: { questionId, reason: 'mediation', urgent: false },
    });
    expect(again.status).toBe(201);
  });

  it('rejects a body with both a question and a booking, or unknown fields', async () => {
    const questionId = await w.question(w.people.resident, w.people.volunteer);
    const both = await w.call('POST', '/api/referrals', {
      token: w.people.volunteer.token,
      body: { questionId, bookingId: 'b1', reason: 'home-visit', urgent: false },
    });
    const extra = await w.call('POST', '/api/referrals', {
      token: w.people.volunteer.token,
      body: { questionId, reason: 'home-visit', urgent: false, communityId: 'nc-donghu-1' },
    });
    expect([both.status, extra.status]).toEqual([400, 400]);
  });
});

describe('consent gates', () => {
  it('shows a worker nothing before she accepts', async () => {
    const { id } = await w.proposed();
    expect((await w.call('GET', `/api/referrals/${id}`, { token: w.people.worker.token })).status).toBe(404);
    expect((await w.call('POST', `/api/referrals/${id}/claim`, { token: w.people.worker.token, body: {} })).status).toBe(404);
    const list = await w.call('GET', '/api/community/referrals?limit=50', { token: w.people.worker.token });
    expect(list.body.items.map((r: { id: string }) => r.id)).not.toContain(id);
  });

  it('only she can accept or decline; anyone else gets 404', async () => {
    const { id } = await w.proposed();
    const body = { communityId: 'nc-donghu-1', safeToCall: true };
    expect((await w.call('POST', `/api/referrals/${id}/accept`, { token: w.people.resident2.token, body })).status).toBe(404);
    expect((await w.call('POST', `/api/referrals/${id}/accept`, { token: w.people.volunteer.token, body })).status).toBe(404);
    expect((await w.call('POST', `/api/referrals/${id}/decline`, { token: w.people.worker.token, body: {} })).status).toBe(404);
  });

  it('after she accepts, her community worker sees what she shared but not her question', async () => {
    const { id } = await w.accepted({ urgent: true });
    const res = await w.call('GET', `/api/referrals/${id}`, { token: w.people.worker.token });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      viewer: 'worker',
      status: 'accepted',
      reason: 'home-visit',
      urgent: true,
      community: { id: 'nc-donghu-1', district: '东湖区' },
      contact: { phone: '13912345678', safeTimes: '工作日上午他不在家', safeToCall: true },
      question: null,
      questionId: null,
    });
    expect(JSON.stringify(res.body)).not.toMatch(/打了我|动手/);
  });

  it('shows the question text only when she ticked 允许查看我的提问', async () => {
    const { id } = await w.accepted({ shareQuestion: true });
    const res = await w.call('GET', `/api/referrals/${id}`, { token: w.people.worker.token });
    expect(res.body.question).toEqual({ title: '他又动手了', body: '昨晚他喝酒后打了我，我不敢报警。' });
  });

  it('keeps the volunteer to the status: no community, no phone', async () => {
    const { id } = await w.accepted();
    const res = await w.call('GET', `/api/referrals/${id}`, { token: w.people.volunteer.token });
    expect(res.body).toMatchObject({ viewer: 'proposer', status: 'accepted', community: null, contact: null, question: null });
  });

  it('stores her phone and safe times encrypted', async () => {
    const { id } = await w.accepted();
    const [item] = (await w.rawItems(id)).filter((i) => i.SK === 'REFERRAL');
    expect(item.contactPhone).toMatch(/^enc:v1:/);
    expect(item.safeTimes).toMatch(/^enc:v1:/);
    expect(JSON.stringify(item)).not.toContain('13912345678');
  });

  it('a declined proposal shares nothing and cannot be accepted later', async () => {
    const { id } = await w.proposed();
    expect((await w.call('POST', `/api/referrals/${id}/decline`, { token: w.people.resident.token, body: {} })).body.status).toBe('declined');
    const late = await w.call('POST', `/api/referrals/${id}/accept`, {
      token: w.people.resident.token,
      body: { communityId: 'nc-donghu-1', safeToCall: true },
    });
    expect(late.status).toBe(409);
    expect((await w.call('GET', `/api/referrals/${id}`, { token: w.people.worker.token })).status).toBe(404);
  });

  it('refuses a community that is not in the list', async () => {
    const { id } = await w.proposed();
    const res = await w.call('POST', `/api/referrals/${id}/accept`, {
      token: w.people.resident.token,
      body: { communityId: '我家楼下', safeToCall: true },
    });
    expect(res.status).toBe(400);
  });
});

describe('community scoping', () => {
  it('answers 404 to a worker of another community for reading, claiming and visits', async () => {
    const { id } = await w.accepted();
    const t = w.people.worker2.token;
    expect((await w.call('GET', `/api/referrals/${id}`, { token: t })).status).toBe(404);
    expect((await w.call('POST', `/api/referrals/${id}/claim`, { token: t, body: {} })).status).toBe(404);
    const visit = { at: w.time.clock().toISOString(), kind: 'phone', result: 'reached' };
    expect((await w.call('POST', `/api/referrals/${id}/visits`, { token: t, body: visit })).status).toBe(404);
    const list = await w.call('GET', '/api/community/referrals?limit=50', { token: t });
    expect(list.body.items.map((r: { id: string }) => r.id)).not.toContain(id);
  });

  it('lists her community’s new referrals for the worker, urgent first', async () => {
    const normal = await w.accepted({ urgent: false });
    const urgent = await w.accepted({ urgent: true });
    const list = await w.call('GET', '/api/community/referrals?limit=50', { token: w.people.worker.token });
    const ids = list.body.items.map((r: { id: string }) => r.id);
    expect(ids.indexOf(urgent.id)).toBeLessThan(ids.indexOf(normal.id));
    expect(list.body.items.find((r: { id: string }) => r.id === urgent.id).contact).toBeNull();
  });

  it('forbids residents and volunteers the worker list', async () => {
    expect((await w.call('GET', '/api/community/referrals', { token: w.people.resident.token })).status).toBe(403);
  });
});

describe('claiming', () => {
  it('gives a referral to exactly one of 20 workers claiming at once', async () => {
    const { id } = await w.accepted();
    const workers = await Promise.all(Array.from({ length: 20 }, () => w.worker('nc-donghu-1')));
    const results = await Promise.all(workers.map((p) => w.call('POST', `/api/referrals/${id}/claim`, { token: p.token, body: {} })));
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409).map((r) => r.body.error.code)).toEqual(Array(19).fill('REFERRAL_CLAIMED'));
  });
});

describe('visits and closing', () => {
  it('records a contact with an encrypted note, visible to her community worker and not as text to her', async () => {
    const { id } = await w.claimed();
    const res = await w.call('POST', `/api/referrals/${id}/visits`, {
      token: w.people.worker.token,
      body: { at: w.time.clock().toISOString(), kind: 'phone', result: 'reached', note: '她说周三上午方便见面' },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ visitCount: 1, contactedAt: w.time.clock().toISOString(), visits: [{ kind: 'phone', note: '她说周三上午方便见面' }] });
    const visitItem = (await w.rawItems(id)).find((i) => String(i.SK).startsWith('VISIT#'));
    expect(visitItem?.note).toMatch(/^enc:v1:/);
    const hers = await w.call('GET', `/api/referrals/${id}`, { token: w.people.resident.token });
    expect(hers.body.visits).toEqual([expect.objectContaining({ kind: 'phone', result: 'reached', note: null })]);
  });

  it('lets only the worker who claimed it record visits or close it', async () => {
    const { id } = await w.claimed();
    const colleague = await w.worker('nc-donghu-1');
    const visit = { at: w.time.clock().toISOString(), kind: 'home', result: 'helped' };
    expect((await w.call('POST', `/api/referrals/${id}/visits`, { token: colleague.token, body: visit })).status).toBe(409);
    expect((await w.call('POST', `/api/referrals/${id}/close`, { token: colleague.token, body: { outcome: 'resolved' } })).status).toBe(409);
  });

  it('closes with an outcome and forgets her phone', async () => {
    const { id } = await w.claimed();
    const res = await w.call('POST', `/api/referrals/${id}/close`, { token: w.people.worker.token, body: { outcome: 'protection-order' } });
    expect(res.body).toMatchObject({ status: 'closed', outcome: 'protection-order', contact: null });
    const [item] = (await w.rawItems(id)).filter((i) => i.SK === 'REFERRAL');
    expect(item.contactPhone).toBeUndefined();
  });
});

describe('withdrawal', () => {
  it('closes the referral, deletes her contact details and visit notes, and keeps only that a case existed', async () => {
    const { id } = await w.claimed();
    await w.call('POST', `/api/referrals/${id}/visits`, {
      token: w.people.worker.token,
      body: { at: w.time.clock().toISOString(), kind: 'home', result: 'needs-more', note: '家里有老人' },
    });

    const res = await w.call('POST', `/api/referrals/${id}/withdraw`, { token: w.people.resident.token, body: {} });

    expect(res.status).toBe(200);
    expect(res.body.status).toBe('withdrawn');
    const items = await w.rawItems(id);
    expect(items).toHaveLength(1);
    const [item] = items;
    for (const gone of ['contactPhone', 'safeTimes', 'safeToCall', 'shareQuestion', 'questionId', 'reason', 'urgent', 'GSI2PK', 'GSI3PK']) {
      expect(item[gone]).toBeUndefined();
    }
    expect(item).toMatchObject({ id, status: 'withdrawn', district: '东湖区' });
    expect((await w.call('GET', `/api/referrals/${id}`, { token: w.people.worker.token })).status).toBe(404);
    const list = await w.call('GET', '/api/community/referrals?limit=50', { token: w.people.worker.token });
    expect(list.body.items.map((r: { id: string }) => r.id)).not.toContain(id);
  });

  it('cannot be done by anyone but her', async () => {
    const { id } = await w.accepted();
    expect((await w.call('POST', `/api/referrals/${id}/withdraw`, { token: w.people.volunteer.token, body: {} })).status).toBe(404);
    expect((await w.call('POST', `/api/referrals/${id}/withdraw`, { token: w.people.worker.token, body: {} })).status).toBe(404);
  });
});

describe('statistics', () => {
  it('counts accepted, contacted in time, visits and outcomes per district for district staff', async () => {
    const day = '2027-03-01';
    const read = async () =>
      (await w.call('GET', `/api/admin/referrals/stats?from=${day}&to=${day}`, { token: w.people.staffDonghu.token })).body;
    const before = (await read()).items.find((i: { district: string }) => i.district === '东湖区').counters;

    const { id } = await w.claimed();
    await w.call('POST', `/api/referrals/${id}/visits`, {
      token: w.people.worker.token,
      body: { at: w.time.clock().toISOString(), kind: 'phone', result: 'reached' },
    });
    await w.call('POST', `/api/referrals/${id}/close`, { token: w.people.worker.token, body: { outcome: 'mediation' } });

    const after = await read();
    expect(after.items.map((i: { district: string }) => i.district)).toEqual(['东湖区']);
    const c = after.items[0].counters;
    expect(c.referralsAccepted - before.referralsAccepted).toBe(1);
    expect(c.referralsContactedInTime - before.referralsContactedInTime).toBe(1);
    expect(c.referralVisits - before.referralVisits).toBe(1);
    expect(c['referralOutcome_mediation'] - before['referralOutcome_mediation']).toBe(1);
  });

  it('shows a city unit every district of its city, and refuses non-staff', async () => {
    const res = await w.call('GET', '/api/admin/referrals/stats?from=2027-03-01&to=2027-03-01', { token: w.people.staffNanchang.token });
    expect(res.body.items.map((i: { district: string }) => i.district).sort()).toEqual(['东湖区', '青山湖区'].sort());
    expect((await w.call('GET', '/api/admin/referrals/stats?from=2027-03-01&to=2027-03-01', { token: w.people.worker.token })).status).toBe(403);
  });
});

describe('GET /api/me', () => {
  it('shows a worker her communityId', async () => {
    const { lambda } = await import('../helpers/http');
    const { buildAuthApp } = await import('../../functions/auth/app');
    const res = await lambda(buildAuthApp(w.deps))('GET', '/api/me', { token: w.people.worker.token });
    expect(res.body).toMatchObject({ role: 'worker', communityId: 'nc-donghu-1' });
  });
});

describe('erasing her account', () => {
  it('withdraws her open referrals and leaves no trace of her in them', async () => {
    const { eraseUserReferrals } = await import('../../functions/referrals/referrals.service');
    const questionId = await w.question(w.people.resident2, w.people.volunteer);
    const proposed = await w.call('POST', '/api/referrals', {
      token: w.people.volunteer.token,
      body: { questionId, reason: 'shelter', urgent: true },
    });
    const id = proposed.body.id as string;
    await w.call('POST', `/api/referrals/${id}/accept`, {
      token: w.people.resident2.token,
      body: { communityId: 'nc-donghu-1', contactPhone: '13800001111', safeToCall: false },
    });

    await eraseUserReferrals(w.deps, w.people.resident2.userId);

    const [item] = (await w.rawItems(id)).filter((i) => i.SK === 'REFERRAL');
    expect(item).toMatchObject({ status: 'withdrawn' });
    expect(JSON.stringify(item)).not.toContain(w.people.resident2.userId);
    expect(item.contactPhone).toBeUndefined();
    const mine = await w.call('GET', '/api/me/referrals', { token: w.people.resident2.token });
    expect(mine.body.items).toEqual([]);
  });
});
