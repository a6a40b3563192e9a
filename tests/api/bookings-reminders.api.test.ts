import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { recordingWeChat, startTestStore, storedNotifications, type TestStore } from '../helpers/dynamo';
import { userKey } from '../../functions/platform/keys';
import { runReminders } from '../../functions/bookings/reminders.service';
import { world, at, HOUR, MIN, type Person, type World } from './bookings.fixtures';

let store: TestStore;
beforeAll(async () => {
  store = await startTestStore();
});
afterAll(() => store.close());

async function giveOpenid(w: World, p: Person) {
  await w.deps.db.doc.send(
    new UpdateCommand({
      TableName: w.deps.db.table,
      Key: userKey(p.userId),
      UpdateExpression: 'SET openid = :o',
      ExpressionAttributeValues: { ':o': `openid-${p.userId}` },
    }),
  );
}

async function reminders(w: World, p: Person) {
  return (await storedNotifications(w.deps, p.userId, 'booking-reminder')).map((i) => ({ title: i.title as string, body: i.body as string }));
}

/** A volunteer and residents with bookings at known distances from `base + 10 h`. */
async function scene(base: string) {
  const wechat = recordingWeChat();
  const w = world(store, base, { wechat: wechat.adapter });
  const v = await w.volunteer('rem-vol');
  const [a, b, c, d] = await Promise.all(['rem-a', 'rem-b', 'rem-c', 'rem-d'].map((n) => w.resident(n)));
  for (const p of [v, a, b, c, d]) await giveOpenid(w, p);
  const t = at(base, 10 * HOUR);
  const in23h = await w.slot(v, at(t, 23 * HOUR));
  const in30min = await w.slot(v, at(t, 30 * MIN), { mode: 'video' });
  const in30h = await w.slot(v, at(t, 30 * HOUR));
  const cancelled = await w.slot(v, at(t, 5 * HOUR));
  await w.slot(v, at(t, 6 * HOUR));
  await w.book(a, in23h, '他打我，想离婚');
  await w.book(b, in30min);
  await w.book(c, in30h);
  await w.book(d, cancelled);
  await w.call('POST', `/api/bookings/${cancelled}/cancel`, { token: d.token, body: {} });
  w.time.set(t);
  return { w, wechat, v, a, b, c, d, t, in23h };
}

describe('runReminders', () => {
  it('reminds both sides of bookings within 24 h (1 h reminder for the one starting soon), and nobody else', async () => {
    const { w, wechat, v, a, b, c, d } = await scene('2027-01-05T02:00:00.000Z');

    const result = await runReminders(w.deps);

    expect(result.sent).toBe(2);
    expect(await reminders(w, a)).toEqual([{ title: '预约提醒', body: expect.stringContaining('1月6日 19:00（北京时间）') }]);
    expect(await reminders(w, b)).toEqual([{ title: '预约快开始了', body: expect.stringContaining('视频') }]);
    expect(await reminders(w, c)).toEqual([]);
    expect(await reminders(w, d)).toEqual([]);
    expect(await reminders(w, v)).toHaveLength(2);
    expect(wechat.sent.map((m) => m.openid).sort()).toEqual([a, b, v, v].map((p) => `openid-${p.userId}`).sort());
  });

  it('never puts the topic or her note in the reminder', async () => {
    const { w, wechat, a, v } = await scene('2027-02-05T02:00:00.000Z');
    await runReminders(w.deps);
    const text = JSON.stringify([await reminders(w, a), await reminders(w, v), wechat.sent]);
    expect(text).not.toMatch(/他打我|离婚|custody|抚养/);
  });

  it('sends each reminder once when it runs twice', async () => {
    const { w, wechat, a, v } = await scene('2027-03-05T02:00:00.000Z');

    const first = await runReminders(w.deps);
    const second = await runReminders(w.deps);

    expect([first.sent, second.sent]).toEqual([2, 0]);
    expect(await reminders(w, a)).toHaveLength(1);
    expect(await reminders(w, v)).toHaveLength(2);
    expect(wechat.sent).toHaveLength(4);
  });

  it('sends each reminder once when 5 runs start at the same moment', async () => {
    const { w, wechat, a, b, v } = await scene('2027-04-05T02:00:00.000Z');

    const results = await Promise.all(Array.from({ length: 5 }, () => runReminders(w.deps)));

    expect(results.reduce((n, r) => n + r.sent, 0)).toBe(2);
    expect(await reminders(w, a)).toHaveLength(1);
    expect(await reminders(w, b)).toHaveLength(1);
    expect(await reminders(w, v)).toHaveLength(2);
    expect(wechat.sent).toHaveLength(4);
  });

  it('sends the 1-hour reminder later, once, after the 24-hour one', async () => {
    const { w, a, c, v, in23h } = await scene('2027-05-05T02:00:00.000Z');
    await runReminders(w.deps);
    w.time.set(at((await w.call('GET', '/api/me/bookings', { token: a.token })).body.items.find((x: { id: string }) => x.id === in23h).start, -50 * MIN));

    await Promise.all([runReminders(w.deps), runReminders(w.deps)]);
    await runReminders(w.deps);

    expect((await reminders(w, a)).map((r) => r.title).sort()).toEqual(['预约快开始了', '预约提醒']);
    // By now the booking 30 h out has come within 24 h as well: its first reminder, once.
    expect(await reminders(w, c)).toHaveLength(1);
    expect(await reminders(w, v)).toHaveLength(4);
  });
});

describe('the bookings Lambda handler', () => {
  it('runs reminders for an EventBridge scheduled event and serves HTTP otherwise', async () => {
    const c = store.deps.config;
    Object.assign(process.env, {
      AUTH_MODE: 'local',
      TABLE_NAME: c.tableName,
      DYNAMO_ENDPOINT: c.dynamoEndpoint ?? '',
      FIELD_KEY: c.fieldKey,
    });
    const { handler } = await import('../../functions/bookings/handler');

    const scheduled = await handler({ source: 'aws.events', 'detail-type': 'Scheduled Event', detail: {} }, {});
    const http = (await handler(
      {
        version: '2.0',
        routeKey: '$default',
        rawPath: '/api/slots',
        rawQueryString: '',
        headers: {},
        requestContext: { http: { method: 'GET', path: '/api/slots', sourceIp: '127.0.0.1' }, requestId: 't' },
        isBase64Encoded: false,
      },
      {},
    )) as { statusCode: number };

    expect(scheduled).toEqual({ sent: expect.any(Number) });
    expect(http.statusCode).toBe(200);
  });
});
