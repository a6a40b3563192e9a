import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { startTestStore, type TestStore } from '../helpers/dynamo';
import { volunteerKey } from '../../functions/platform/keys';
import { getUser } from '../../functions/platform/users.store';
import { anApplication, world, NOW, at, DAY, type World } from './bookings.fixtures';

let store: TestStore;
let w: World;

beforeAll(async () => {
  store = await startTestStore();
  w = world(store);
});
afterAll(() => store.close());

describe('POST /api/volunteers/apply', () => {
  it('records a pending application and shows her only the last 4 characters of her licence', async () => {
    const her = await w.resident('applicant');

    const res = await w.call('POST', '/api/volunteers/apply', { token: her.token, body: anApplication() });

    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ userId: her.userId, status: 'pending', licenceNoMasked: '****2345', rejectReason: null });
    expect(JSON.stringify(res.body)).not.toContain('13601201810012345');
  });

  it('stores the licence number encrypted', async () => {
    const her = await w.pendingVolunteer('encrypted', { licenceNo: 'LIC-998877' });

    const { Item } = await store.deps.db.doc.send(new GetCommand({ TableName: store.deps.db.table, Key: volunteerKey(her.userId) }));

    expect(Item?.licenceNo).toMatch(/^enc:v1:/);
    expect(JSON.stringify(Item)).not.toContain('LIC-998877');
  });

  it('answers 409 ALREADY_VOLUNTEER while an application is pending', async () => {
    const her = await w.pendingVolunteer('twice');

    const res = await w.call('POST', '/api/volunteers/apply', { token: her.token, body: anApplication() });

    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('ALREADY_VOLUNTEER');
  });

  it('answers 409 ALREADY_VOLUNTEER to an approved volunteer', async () => {
    const her = await w.volunteer('approved-again');

    const res = await w.call('POST', '/api/volunteers/apply', { token: her.token, body: anApplication() });

    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('ALREADY_VOLUNTEER');
  });

  it('makes exactly one application when the same person applies 10 times at once', async () => {
    const her = await w.resident('racer');

    const results = await Promise.all(
      Array.from({ length: 10 }, () => w.call('POST', '/api/volunteers/apply', { token: her.token, body: anApplication() })),
    );

    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(9);
  });

  it('lets her apply again after a rejection', async () => {
    const her = await w.pendingVolunteer('second-try');
    const staff = await w.staff('staff-retry');
    await w.call('POST', `/api/admin/volunteers/${her.userId}/reject`, { token: staff.token, body: { reason: '证件照片看不清' } });

    const res = await w.call('POST', '/api/volunteers/apply', {
      token: her.token,
      body: anApplication({ licenceNo: 'NEW-1234' }),
    });

    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'pending', rejectReason: null, licenceNoMasked: '****1234' });
  });

  it('answers 401 without a token and 403 to staff', async () => {
    const staff = await w.staff('staff-applies');
    expect((await w.call('POST', '/api/volunteers/apply', { body: anApplication() })).status).toBe(401);
    expect((await w.call('POST', '/api/volunteers/apply', { token: staff.token, body: anApplication() })).status).toBe(403);
  });

  it.each([
    ['an unknown profession', { profession: 'doctor' }, 'profession'],
    ['an unknown speciality', { specialities: ['astrology'] }, 'specialities.0'],
    ['no speciality', { specialities: [] }, 'specialities'],
    ['a repeated speciality', { specialities: ['custody', 'custody'] }, 'specialities'],
    ['a bio over 300 characters', { bio: '长'.repeat(301) }, 'bio'],
    ['a licence number with spaces', { licenceNo: '12 34 56' }, 'licenceNo'],
    ['an unknown city', { city: 'atlantis' }, 'city'],
  ])('answers 400 VALIDATION_FAILED to %s', async (_name, override, path) => {
    const her = await w.resident(`bad-${path}`);

    const res = await w.call('POST', '/api/volunteers/apply', { token: her.token, body: { ...anApplication(), ...override } });

    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    expect(res.body.error.fields.map((f: { path: string }) => f.path)).toContain(path);
  });

  it('accepts a bio of exactly 300 characters', async () => {
    const her = await w.resident('bio-300');
    const res = await w.call('POST', '/api/volunteers/apply', { token: her.token, body: anApplication({ bio: '长'.repeat(300) }) });
    expect(res.status).toBe(201);
  });

  it('rejects an unknown field and a malformed body', async () => {
    const her = await w.resident('unknown-field');
    const extra = await w.call('POST', '/api/volunteers/apply', { token: her.token, body: { ...anApplication(), role: 'staff' } });
    const broken = await w.call('POST', '/api/volunteers/apply', { token: her.token, rawBody: '{"realName":' });
    expect(extra.status).toBe(400);
    expect(broken.status).toBe(400);
    expect(broken.body.error.code).toBe('INVALID_JSON');
  });
});

describe('GET /api/me/volunteer', () => {
  it('answers {status: null} when she never applied', async () => {
    const her = await w.resident('never');
    const res = await w.call('GET', '/api/me/volunteer', { token: her.token });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: null });
  });

  it('shows her the reason when staff said no', async () => {
    const her = await w.pendingVolunteer('told-why');
    const staff = await w.staff('staff-why');
    await w.call('POST', `/api/admin/volunteers/${her.userId}/reject`, { token: staff.token, body: { reason: '请上传执业证' } });

    const res = await w.call('GET', '/api/me/volunteer', { token: her.token });

    expect(res.body).toMatchObject({ status: 'rejected', rejectReason: '请上传执业证' });
  });
});

describe('staff verification', () => {
  it('lists pending applications with the full licence number for staff', async () => {
    const fresh = world(store);
    const a = await fresh.pendingVolunteer('list-a', { licenceNo: 'AAA-0001' });
    const b = await fresh.pendingVolunteer('list-b', { licenceNo: 'BBB-0002' });
    const staff = await fresh.staff('lister');

    const res = await fresh.call('GET', '/api/admin/volunteers?status=pending&limit=50', { token: staff.token });

    expect(res.status).toBe(200);
    const mine = res.body.items.filter((i: { userId: string }) => [a.userId, b.userId].includes(i.userId));
    expect(mine.map((i: { licenceNo: string }) => i.licenceNo).sort()).toEqual(['AAA-0001', 'BBB-0002']);
  });

  it('pages through applications with a cursor', async () => {
    const fresh = world(store);
    const staff = await fresh.staff('pager');
    for (let i = 0; i < 3; i++) await fresh.pendingVolunteer(`page-${i}`);
    const seen = new Set<string>();
    let cursor: string | null = null;
    let pages = 0;
    do {
      const url: string = `/api/admin/volunteers?status=pending&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const res = await fresh.call('GET', url, { token: staff.token });
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      res.body.items.forEach((i: { userId: string }) => seen.add(i.userId));
      cursor = res.body.nextCursor;
      pages++;
    } while (cursor && pages < 100);
    expect(seen.size).toBeGreaterThanOrEqual(3);
  });

  it('answers 400 to a cursor taken from another status', async () => {
    const fresh = world(store);
    const staff = await fresh.staff('cursor-staff');
    await fresh.volunteer('cursor-a');
    await fresh.volunteer('cursor-b');
    const approved = await fresh.call('GET', '/api/admin/volunteers?status=approved&limit=1', { token: staff.token });
    const res = await fresh.call('GET', `/api/admin/volunteers?status=pending&cursor=${approved.body.nextCursor}`, { token: staff.token });
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].path).toBe('cursor');
  });

  it('approves an application: her role becomes volunteer and she can publish slots', async () => {
    const her = await w.pendingVolunteer('to-approve');
    const staff = await w.staff('approver');

    const res = await w.call('POST', `/api/admin/volunteers/${her.userId}/approve`, { token: staff.token });

    expect(res.status).toBe(200);
    expect(res.body.status).toBe('approved');
    expect((await getUser(w.deps, her.userId))?.role).toBe('volunteer');
    const slot = await w.call('POST', '/api/volunteer/slots', {
      token: her.token,
      body: { start: at(NOW, DAY), durationMinutes: 30, mode: 'phone' },
    });
    expect(slot.status).toBe(201);
    const list = await w.call('GET', '/api/admin/volunteers?status=approved&limit=50', { token: staff.token });
    expect(list.body.items.map((i: { userId: string }) => i.userId)).toContain(her.userId);
  });

  it('rejects with a reason and leaves her a resident; approving a rejected one is 409', async () => {
    const her = await w.pendingVolunteer('to-reject');
    const staff = await w.staff('rejecter');

    const res = await w.call('POST', `/api/admin/volunteers/${her.userId}/reject`, { token: staff.token, body: { reason: '资料不全' } });
    const again = await w.call('POST', `/api/admin/volunteers/${her.userId}/approve`, { token: staff.token });

    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'rejected', rejectReason: '资料不全' });
    expect((await getUser(w.deps, her.userId))?.role).toBe('resident');
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('INVALID_STATE');
  });

  it('approves exactly once when two staff approve at once', async () => {
    const her = await w.pendingVolunteer('double-approve');
    const staff = await w.staff('approver-2');

    const results = await Promise.all([1, 2, 3].map(() => w.call('POST', `/api/admin/volunteers/${her.userId}/approve`, { token: staff.token })));

    expect(results.every((r) => r.status === 200)).toBe(true);
    expect((await getUser(w.deps, her.userId))?.role).toBe('volunteer');
  });

  it('answers 404 for someone who never applied and 400 to a reject without a reason', async () => {
    const staff = await w.staff('approver-404');
    const nobody = await w.resident('nobody');
    const pending = await w.pendingVolunteer('no-reason');
    expect((await w.call('POST', `/api/admin/volunteers/${nobody.userId}/approve`, { token: staff.token })).status).toBe(404);
    const res = await w.call('POST', `/api/admin/volunteers/${pending.userId}/reject`, { token: staff.token, body: {} });
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].path).toBe('reason');
  });

  it('never shows the licence number or real name in the public slot listing', async () => {
    const v = await w.volunteer('public-card', { realName: '赵小红', licenceNo: 'SECRET-4242' });
    await w.slot(v, at(NOW, 2 * DAY));

    const res = await w.call('GET', '/api/slots?limit=50');

    const card = res.body.items.find((s: { volunteer: { id: string } }) => s.volunteer.id === v.userId)?.volunteer;
    expect(card).toEqual({
      id: v.userId,
      displayName: '赵律师',
      profession: 'lawyer',
      organisation: '江西正言律师事务所',
      specialities: ['dv-protection-order', 'custody'],
      city: 'nanchang',
    });
    expect(JSON.stringify(res.body)).not.toMatch(/SECRET-4242|赵小红/);
  });
});
