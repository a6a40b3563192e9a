import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { startTestStore, type TestStore } from '../helpers/dynamo';
import { lambda, signIn } from '../helpers/http';
import { buildAuthApp } from '../../functions/auth/app';
import { workerApplicationKey } from '../../functions/platform/keys';
import { referralWorld, type Person, type ReferralWorld } from './referrals.fixtures';

/** A resident applies to serve her community; staff whose region holds it approve her. */
let store: TestStore;
let w: ReferralWorld;
beforeAll(async () => {
  store = await startTestStore();
  w = await referralWorld(store, '2027-08-01T02:00:00.000Z');
});
afterAll(() => store.close());

async function applicant(handle: string, communityId: string, name = '刘红'): Promise<Person> {
  const p = await signIn(w.deps, handle);
  const res = await w.call('POST', '/api/community-workers/apply', { token: p.token, body: { communityId, name } });
  if (res.status !== 201) throw new Error(`not applied: ${res.status} ${JSON.stringify(res.body)}`);
  return p;
}

describe('approving community workers', () => {
  it('lists a pending application to her district staff and makes her a worker of that community on approval', async () => {
    const p = await applicant('wk-applicant-1', 'nc-donghu-2', '王芳');
    const list = await w.call('GET', '/api/admin/community-workers', { token: w.people.staffDonghu.token });
    expect(list.body.items).toContainEqual(expect.objectContaining({ userId: p.userId, name: '王芳', community: expect.objectContaining({ id: 'nc-donghu-2' }) }));

    const res = await w.call('POST', `/api/admin/community-workers/${p.userId}/approve`, {
      token: w.people.staffDonghu.token,
      body: { communityId: 'nc-donghu-2' },
    });

    expect(res.status).toBe(200);
    const me = await lambda(buildAuthApp(w.deps))('GET', '/api/me', { token: p.token });
    expect(me.body).toMatchObject({ role: 'worker', communityId: 'nc-donghu-2' });
    const after = await w.call('GET', '/api/admin/community-workers', { token: w.people.staffDonghu.token });
    expect(after.body.items.map((a: { userId: string }) => a.userId)).not.toContain(p.userId);
  });

  it('tells staff on 我的 which federation unit she belongs to, so pages can offer her own region', async () => {
    const me = await lambda(buildAuthApp(w.deps))('GET', '/api/me', { token: w.people.staffDonghu.token });

    expect(me.body).toMatchObject({ role: 'staff', unitId: 'nanchang-donghu' });
  });

  it('answers 404 to staff of another district, and approves once when two staff tap at once', async () => {
    const p = await applicant('wk-applicant-2', 'nc-qingshanhu-1');
    const body = { communityId: 'nc-qingshanhu-1' };
    const outside = await w.call('POST', `/api/admin/community-workers/${p.userId}/approve`, { token: w.people.staffDonghu.token, body });
    expect(outside.status).toBe(404);

    const results = await Promise.all([1, 2, 3].map(() => w.call('POST', `/api/admin/community-workers/${p.userId}/approve`, { token: w.people.staffNanchang.token, body })));
    expect(results.map((r) => r.status).sort()).toEqual([200, 404, 404]);
  });

  it('refuses a second application to the same community and applications from staff', async () => {
    const p = await applicant('wk-applicant-3', 'nc-donghu-3');
    const again = await w.call('POST', '/api/community-workers/apply', { token: p.token, body: { communityId: 'nc-donghu-3', name: '刘红' } });
    expect(again.status).toBe(409);
    const staff = await w.call('POST', '/api/community-workers/apply', { token: w.people.staffDonghu.token, body: { communityId: 'nc-donghu-3', name: '吴' } });
    expect(staff.status).toBe(403);
  });

  it('stores the applicant’s name encrypted', async () => {
    const p = await applicant('wk-applicant-4', 'nc-donghu-1', '陈静');
    const { Item } = await w.deps.db.doc.send(new GetCommand({ TableName: w.deps.db.table, Key: workerApplicationKey('nc-donghu-1', p.userId) }));
    expect(Item?.name).toMatch(/^enc:v1:/);
  });
});
