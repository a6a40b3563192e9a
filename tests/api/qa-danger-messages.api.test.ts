import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { lambda } from '../helpers/http';
import { storedNotifications } from '../helpers/dynamo';
import { buildQaApp } from '../../functions/qa/app';
import { questionKey } from '../../functions/platform/keys';
import type { TopicId } from '../../shared/topics';
import { postMessageResponse, queuePage, questionThread } from '../../shared/qa';
import { makePerson, makeQuestion, qaWorld, type Person, type QaWorld } from './qa.fixtures';

/** Danger in a follow-up message gets the same protection as danger in the question itself. */

const START = '2026-11-28T02:00:00.000Z';
const DANGER = '他刚才又拿刀威胁我，我不敢回家';
const CALM = '请问申请要带什么材料？';
const URGENT_NOTE = '您接手的问题有新的紧急情况，请尽快查看';

let w: QaWorld;
let volunteerX: Person;
let volunteerY: Person;

beforeAll(async () => {
  w = await qaWorld(START);
  volunteerX = await makePerson(w.deps, 'volunteer', { displayName: '陈律师', openid: 'openid-volunteer-x' });
  volunteerY = await makePerson(w.deps, 'volunteer', { displayName: '王律师' });
});
afterAll(() => w.store.close());

const freshResident = () => makePerson(w.deps, 'resident', { consent: true });

const postMessage = (id: string, who: Person, body: string) =>
  w.call('POST', `/api/qa/questions/${id}/messages`, { token: who.token, body: { body } });

const threadOf = async (id: string, who: Person) =>
  questionThread.parse((await w.call('GET', `/api/qa/questions/${id}`, { token: who.token })).body);

const queueIds = async (topic: TopicId) =>
  queuePage.parse((await w.call('GET', `/api/qa/queue?topic=${topic}`, { token: volunteerY.token })).body).items.map((q) => q.id);

const storedQuestion = async (id: string) =>
  (await w.deps.db.doc.send(new GetCommand({ TableName: w.deps.db.table, Key: questionKey(id) }))).Item ?? {};

const notesOf = (person: Person) => storedNotifications(w.deps, person.id);

/** Two calm questions asked before hers, so "first in the queue" means she moved up. */
async function queueWithOlderQuestions(topic: TopicId) {
  const other = await freshResident();
  const older = await makeQuestion(w.deps, other, { topic, createdAt: '2026-11-20T00:00:00.000Z' });
  const alsoOlder = await makeQuestion(w.deps, other, { topic, createdAt: '2026-11-21T00:00:00.000Z' });
  return [older, alsoOlder];
}

describe('a follow-up message from the asker with words of danger', () => {
  it('answers 201 with safety advice, marks the question urgent and puts it first in the queue', async () => {
    const older = await queueWithOlderQuestions('inheritance');
    const asker = await freshResident();
    const id = await makeQuestion(w.deps, asker, { topic: 'inheritance', createdAt: '2026-11-25T00:00:00.000Z' });
    expect(await queueIds('inheritance')).toEqual([...older, id]);

    const res = await postMessage(id, asker, DANGER);

    expect(res.status).toBe(201);
    const sent = postMessageResponse.parse(res.body);
    expect(sent).toMatchObject({ from: 'asker', body: DANGER });
    expect(sent.safety?.hotlines.map((h) => h.number)).toEqual(['110', '12338']);
    expect(sent.safety?.articles.map((a) => a.topic)).toEqual(['dv-protection-order', 'dv-shelter']);
    expect((await threadOf(id, asker)).urgent).toBe(true);
    expect(await queueIds('inheritance')).toEqual([id, ...older]);
  });

  it('keeps every other field of the question as it was', async () => {
    const asker = await freshResident();
    const id = await makeQuestion(w.deps, asker, { topic: 'custody', claimedBy: volunteerX, answered: true });
    const before = await storedQuestion(id);

    await postMessage(id, asker, DANGER);

    const after = await storedQuestion(id);
    expect(after.GSI5SK).toBe(`0#${String(before.createdAt)}#${id}`);
    expect(after).toEqual({ ...before, urgent: true, updatedAt: START, messageCount: 1, GSI5SK: after.GSI5SK });
  });

  it('tells the claiming volunteer in the app, without quoting what she wrote', async () => {
    const asker = await freshResident();
    const id = await makeQuestion(w.deps, asker, { topic: 'custody', claimedBy: volunteerX, answered: true });
    w.wx.sent.length = 0;
    const notesBefore = (await notesOf(volunteerX)).length;

    const res = await postMessage(id, asker, DANGER);

    expect(res.status).toBe(201);
    const notes = await notesOf(volunteerX);
    expect(notes).toHaveLength(notesBefore + 1);
    const urgentNotes = notes.filter((n) => n.title === URGENT_NOTE);
    expect(urgentNotes.some((n) => n.link === `/packages/qa/pages/thread/index?id=${id}`)).toBe(true);
    expect(w.wx.sent).toHaveLength(0);
    const everything = JSON.stringify(notes);
    for (const words of ['拿刀', '威胁', '不敢回家']) expect(everything).not.toContain(words);
  });

  it('leaves a question a volunteer is answering out of the queue', async () => {
    const asker = await freshResident();
    const id = await makeQuestion(w.deps, asker, { topic: 'visitation', claimedBy: volunteerX });
    await postMessage(id, volunteerX, '我在看，请稍等。');

    await postMessage(id, asker, DANGER);

    const item = await storedQuestion(id);
    expect(item.urgent).toBe(true);
    expect(item.GSI5PK).toBeUndefined();
    expect((await threadOf(id, asker)).status).toBe('claimed');
  });

  it('stays first in the queue when the volunteer releases the question afterwards', async () => {
    const older = await queueWithOlderQuestions('mediation');
    const asker = await freshResident();
    const id = await makeQuestion(w.deps, asker, { topic: 'mediation', claimedBy: volunteerX, createdAt: '2026-11-25T00:00:00.000Z' });
    await postMessage(id, asker, DANGER);

    const released = await w.call('POST', `/api/qa/questions/${id}/release`, { token: volunteerX.token });

    expect(released.status).toBe(200);
    expect(await queueIds('mediation')).toEqual([id, ...older]);
  });
});

describe('a release racing with a dangerous follow-up', () => {
  it('still puts the question first when she writes between the release read and its write', async () => {
    const older = await queueWithOlderQuestions('marital-debt');
    const asker = await freshResident();
    const id = await makeQuestion(w.deps, asker, { topic: 'marital-debt', claimedBy: volunteerX, createdAt: '2026-11-25T00:00:00.000Z' });
    // The release handler sees the store through this client: her message lands just before its write.
    let herMessage: (() => Promise<unknown>) | null = () => postMessage(id, asker, DANGER);
    const racyDoc = new Proxy(w.deps.db.doc, {
      get(target, prop, receiver) {
        if (prop !== 'send') return Reflect.get(target, prop, receiver);
        return async (command: { input?: { UpdateExpression?: string } }) => {
          const write = herMessage;
          if (write && command.input?.UpdateExpression?.startsWith('SET #s = :open')) {
            herMessage = null;
            await write();
          }
          return target.send(command as Parameters<typeof target.send>[0]);
        };
      },
    });
    const releasing = lambda(buildQaApp({ ...w.deps, db: { ...w.deps.db, doc: racyDoc } }));

    const released = await releasing('POST', `/api/qa/questions/${id}/release`, { token: volunteerX.token });

    expect(herMessage).toBeNull();
    expect(released.status).toBe(200);
    expect(await queueIds('marital-debt')).toEqual([id, ...older]);
  });
});

describe('follow-up messages that do not mark a question urgent', () => {
  it('answers a calm follow-up from the asker without safety advice and leaves urgency alone', async () => {
    const older = await queueWithOlderQuestions('cohabitation');
    const asker = await freshResident();
    const id = await makeQuestion(w.deps, asker, { topic: 'cohabitation', createdAt: '2026-11-25T00:00:00.000Z' });

    const res = await postMessage(id, asker, CALM);

    expect(res.status).toBe(201);
    expect(res.body).not.toHaveProperty('safety');
    expect(postMessageResponse.parse(res.body)).toMatchObject({ from: 'asker', body: CALM });
    expect((await threadOf(id, asker)).urgent).toBe(false);
    expect(await queueIds('cohabitation')).toEqual([...older, id]);
  });

  it('ignores words of danger in a volunteer reply', async () => {
    const asker = await freshResident();
    const id = await makeQuestion(w.deps, asker, { topic: 'bride-price', claimedBy: volunteerX });
    const notesBefore = (await notesOf(volunteerX)).length;

    const res = await postMessage(id, volunteerX, '如果他再威胁你或者打你，马上打 110。');

    expect(res.status).toBe(201);
    expect(res.body).not.toHaveProperty('safety');
    expect((await storedQuestion(id)).urgent).toBe(false);
    expect((await threadOf(id, asker)).urgent).toBe(false);
    expect(await notesOf(volunteerX)).toHaveLength(notesBefore);
  });

  it('does not notify anyone when an unclaimed question turns urgent', async () => {
    const asker = await freshResident();
    const id = await makeQuestion(w.deps, asker, { topic: 'hotlines' });
    const before = [(await notesOf(volunteerX)).length, (await notesOf(volunteerY)).length];

    expect((await postMessage(id, asker, DANGER)).status).toBe(201);

    expect([(await notesOf(volunteerX)).length, (await notesOf(volunteerY)).length]).toEqual(before);
  });
});
