import { buildBookingsApp } from '../../functions/bookings/app';
import { buildQaApp } from '../../functions/qa/app';
import { lambda, signIn } from '../helpers/http';
import { makeQuestion } from './qa.fixtures';
import { eventsWorld, at, NOW, DAY, HOUR, type EventsWorld, type Person } from './events.fixtures';

/** Completed bookings and answered questions count as volunteer service too, each once. */
let w: EventsWorld;
let bookings: ReturnType<typeof lambda>;
let qa: ReturnType<typeof lambda>;

beforeAll(async () => {
  w = await eventsWorld();
  bookings = lambda(buildBookingsApp(w.deps));
  qa = lambda(buildQaApp(w.deps));
});
afterAll(() => w.close());

const hoursOf = async (v: Person) => (await w.call('GET', '/api/me/volunteer/hours?year=2026', { token: v.token })).body;

it('counts the minutes she recorded when completing a booking', async () => {
  const v = await w.volunteer('booked-vol');
  const her = await w.resident('booker');
  const slot = await bookings('POST', '/api/volunteer/slots', {
    token: v.token,
    body: { start: at(NOW, DAY), durationMinutes: 60, mode: 'phone' },
  });
  const slotId = slot.body.items[0].id;
  expect((await bookings('POST', '/api/bookings', { token: her.token, body: { slotId, topic: 'custody' } })).status).toBe(201);
  w.time.set(at(NOW, DAY + HOUR));

  const done = await bookings('POST', `/api/bookings/${slotId}/complete`, { token: v.token, body: { outcome: 'answered', minutes: 45 } });
  const hours = await hoursOf(v);

  expect(done.status).toBe(200);
  expect(hours.totalMinutes).toBe(45);
  expect(hours.items).toEqual([expect.objectContaining({ kind: 'booking', minutes: 45, label: '预约咨询' })]);
});

it('counts 30 minutes for answering a question, once however many replies she writes', async () => {
  w.time.set(NOW);
  const v = await w.volunteer('answer-vol');
  const asker = await signIn(w.deps, 'ev-asker');
  const questionId = await makeQuestion(w.deps, { id: asker.userId, displayName: '居民', token: asker.token });
  expect((await qa('POST', `/api/qa/questions/${questionId}/claim`, { token: v.token })).status).toBe(200);

  for (const body of ['您好，可以申请保护令。', '还需要准备证据。']) {
    expect((await qa('POST', `/api/qa/questions/${questionId}/messages`, { token: v.token, body: { body } })).status).toBe(201);
  }
  const hours = await hoursOf(v);

  expect(hours.totalMinutes).toBe(30);
  expect(hours.items).toEqual([expect.objectContaining({ kind: 'answer', minutes: 30, label: '在线答疑' })]);
  expect(JSON.stringify(hours)).not.toContain('保护令');
});
