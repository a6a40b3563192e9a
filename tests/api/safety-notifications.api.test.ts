import { pinnedClock, recordingWeChat, startTestStore, storedNotifications, type TestStore } from '../helpers/dynamo';
import { lambda } from '../helpers/http';
import { buildAuthApp } from '../../functions/auth/app';
import { notify } from '../../functions/platform/notifications';
import { signToken } from '../../functions/platform/tokens';
import { DAY, HOUR, NOW, at, world } from './bookings.fixtures';

/**
 * Issue 9: a notification never carries what another person wrote, and it expires.
 * A canary string goes into every free-text field another person fills in; none may
 * reach an inbox item or a WeChat subscribe message.
 */
const CANARY = '金丝雀-他喝醉了';
let store: TestStore;
const wx = recordingWeChat();

beforeAll(async () => {
  store = await startTestStore({ wechat: wx.adapter });
});
afterAll(() => store.close());

const inboxItems = (userId: string) => storedNotifications(store.deps, userId);

describe('notifications', () => {
  it("carry no word of a volunteer's cancel reason or a staff rejection reason", async () => {
    const w = world(store);
    const v = await w.volunteer('canary-lawyer');
    const r = await w.resident('canary-resident');
    const slotId = await w.slot(v, at(NOW, DAY + 3 * HOUR));
    await w.book(r, slotId, `备注${CANARY}`);
    const applicant = await w.pendingVolunteer('canary-applicant');
    const staff = await w.staff('canary-staff');

    expect((await w.call('POST', `/api/bookings/${slotId}/cancel`, { token: v.token, body: { reason: `原因${CANARY}` } })).status).toBe(200);
    const rejected = await w.call('POST', `/api/admin/volunteers/${applicant.userId}/reject`, { token: staff.token, body: { reason: `驳回${CANARY}` } });
    expect(rejected.status).toBe(200);

    const items = [...(await inboxItems(r.userId)), ...(await inboxItems(v.userId)), ...(await inboxItems(applicant.userId))];
    expect(items.map((i) => i.title)).toEqual(expect.arrayContaining(['预约有变化', '志愿者申请没有通过', '有新的预约']));
    expect(JSON.stringify([items, wx.sent])).not.toContain('金丝雀');
  });

  it('expire after 90 days: the item carries expiresAt for TTL and the inbox stops showing it', async () => {
    const time = pinnedClock(NOW);
    const deps = store.with({ clock: time.clock });
    const call = lambda(buildAuthApp(deps));
    const w = world(store);
    const r = await w.resident('ttl-resident');
    await notify(deps, { id: r.userId }, { template: 'intention-updated' });

    const [item] = await inboxItems(r.userId);
    expect(item.expiresAt).toBe(Math.floor(Date.parse(NOW) / 1000) + 90 * 24 * 3600);
    expect((await call('GET', '/api/me/notifications', { token: r.token })).body.items).toHaveLength(1);
    time.advance(90 * DAY + 1000);
    const later = await signToken(deps.config, deps.clock, r.userId);
    expect((await call('GET', '/api/me/notifications', { token: later })).body.items).toHaveLength(0);
  });
});
