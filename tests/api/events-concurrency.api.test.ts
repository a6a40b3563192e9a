import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { eventKey } from '../../functions/platform/keys';
import { eventsWorld, at, NOW, DAY, HOUR, type EventsWorld, type Person } from './events.fixtures';

/**
 * The seat limit is one conditional ADD on the event item and one sign-up per person is a
 * conditional put on a key made of both ids; proven here with real concurrent requests
 * through the handler on dynalite.
 */
let w: EventsWorld;
let organiser: Person;

beforeAll(async () => {
  w = await eventsWorld();
  organiser = await w.volunteer('race-organiser');
});
afterAll(() => w.close());

const seatsTaken = async (eventId: string) => {
  const { Item } = await w.deps.db.doc.send(new GetCommand({ TableName: w.deps.db.table, Key: eventKey(eventId), ConsistentRead: true }));
  return Number(Item?.taken);
};

const ROUNDS = 3;

it('gives the last 10 seats to exactly 10 of 30 residents signing up at once, 3 rounds in a row', async () => {
  const early = await w.residents(30, 'early');
  const racers = await w.residents(30, 'racer');
  for (let round = 0; round < ROUNDS; round++) {
    const id = await w.publish(organiser, { capacity: 40, start: at(NOW, (2 + round) * DAY), end: at(NOW, (2 + round) * DAY + HOUR) });
    for (const p of early) expect((await w.signUp(p, id)).status).toBe(201);

    const results = await Promise.all(racers.map((p) => w.signUp(p, id)));

    expect(results.filter((r) => r.status === 201)).toHaveLength(10);
    expect(results.filter((r) => r.status === 409 && r.body.error.code === 'EVENT_FULL')).toHaveLength(20);
    expect(await seatsTaken(id)).toBe(40);
    const list = await w.call('GET', `/api/events/${id}/signups`, { token: organiser.token });
    expect(list.body.items).toHaveLength(40);
  }
}, 120_000);

it('takes one seat when one resident signs up 8 times at once, and gives the others back', async () => {
  const her = await w.resident('double-tap');
  const id = await w.publish(organiser, { capacity: 5 });

  const results = await Promise.all(Array.from({ length: 8 }, () => w.signUp(her, id)));

  expect(results.filter((r) => r.status === 201)).toHaveLength(1);
  expect(results.filter((r) => r.status === 409 && r.body.error.code === 'ALREADY_SIGNED_UP')).toHaveLength(7);
  expect(await seatsTaken(id)).toBe(1);
}, 60_000);

it('keeps a freed seat for exactly one of 10 residents racing for it', async () => {
  const holder = await w.resident('holder');
  const racers = await w.residents(10, 'freed');
  const id = await w.publish(organiser, { capacity: 1 });
  await w.signUp(holder, id);

  await w.call('DELETE', `/api/events/${id}/signups/me`, { token: holder.token });
  const results = await Promise.all(racers.map((p) => w.signUp(p, id)));

  expect(results.filter((r) => r.status === 201)).toHaveLength(1);
  expect(await seatsTaken(id)).toBe(1);
}, 60_000);
