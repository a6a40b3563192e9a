import { startTestStore, type TestStore } from '../helpers/dynamo';
import { world, NOW, at, DAY } from './bookings.fixtures';

let store: TestStore;
beforeAll(async () => {
  store = await startTestStore();
});
afterAll(() => store.close());

it('smoke', async () => {
  const w = world(store);
  const v = await w.volunteer('v');
  const r = await w.resident('r');
  const slotId = await w.slot(v, at(NOW, DAY));
  const list = await w.call('GET', '/api/slots');
  console.log(JSON.stringify(list.body, null, 1));
  const b = await w.call('POST', '/api/bookings', { token: r.token, body: { slotId, topic: 'custody', note: 'hi' } });
  console.log(b.status, JSON.stringify(b.body, null, 1));
  const mine = await w.call('GET', '/api/me/bookings', { token: r.token });
  console.log(mine.status, JSON.stringify(mine.body));
  const vs = await w.call('GET', '/api/volunteer/slots', { token: v.token });
  console.log(vs.status, JSON.stringify(vs.body));
  const c = await w.call('POST', `/api/bookings/${slotId}/cancel`, { token: r.token, body: {} });
  console.log(c.status, JSON.stringify(c.body));
  const list2 = await w.call('GET', '/api/slots');
  console.log(JSON.stringify(list2.body.items.map((i: { id: string }) => i.id)), slotId);
});
