import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Page } from '../../shared/common';
import type { TopicId } from '../../shared/topics';
import type { Deps } from '../platform/deps';
import { allOf, queryFiltered } from '../platform/paging';
import { moveIndexEntries } from '../platform/migrate';
import { deletePartition, queryAllKeys } from '../platform/batch';
import { decodeCursorInto, encodeCursor } from '../platform/cursor';
import { QUEUE_ITEM_ATTRIBUTES, type GsiName } from '../platform/table';
import {
  LEGACY_QUESTION_QUEUE,
  QUESTION_QUEUE_PK,
  askerQuestionsIndex,
  askerQuestionsPk,
  questionKey,
  questionMessageKey,
  questionMessagesPrefix,
  questionQueueIndex,
  volunteerClaimsIndex,
  volunteerClaimsPk,
} from '../platform/keys';

/**
 * Questions and their messages. Title, body and message text are encrypted with deps.cipher
 * here, so nothing above this file handles the stored form and no item holds plain text.
 */
export interface QuestionRecord {
  id: string;
  askerId: string;
  title: string;
  body: string;
  topic: TopicId | null;
  city: string | null;
  anonymous: boolean;
  urgent: boolean;
  status: 'open' | 'claimed' | 'closed';
  createdAt: string;
  updatedAt: string;
  claimedBy: string | null;
  claimedAt: string | null;
  /** Last reply by the current claimer; unset while the claim can still lapse. */
  volunteerRepliedAt: string | null;
  /** Last volunteer reply of any claim; feedback needs one. */
  answeredAt: string | null;
  helpful: boolean | null;
  messageCount: number;
}

/** What the volunteer queue reads of a question: exactly the fields an item of its page shows. */
export type QueueRecord = Pick<QuestionRecord, (typeof QUEUE_ITEM_ATTRIBUTES)[number]>;

/** A question as it is asked: open, unclaimed, unanswered, no messages yet. */
export const newQuestion = (
  q: Pick<QuestionRecord, 'id' | 'askerId' | 'title' | 'body' | 'topic' | 'city' | 'anonymous' | 'urgent' | 'createdAt'>,
): QuestionRecord => ({
  ...q,
  status: 'open',
  updatedAt: q.createdAt,
  claimedBy: null,
  claimedAt: null,
  volunteerRepliedAt: null,
  answeredAt: null,
  helpful: null,
  messageCount: 0,
});

export interface MessageRecord {
  id: string;
  from: 'asker' | 'volunteer';
  body: string;
  createdAt: string;
}

type StoreDeps = Pick<Deps, 'db' | 'cipher'>;

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

function toRecord({ cipher }: StoreDeps, i: Record<string, unknown>): QuestionRecord {
  return {
    id: String(i.id),
    askerId: String(i.askerId),
    title: cipher.decrypt(String(i.title)),
    body: cipher.decrypt(String(i.body)),
    topic: (str(i.topic) as TopicId | null) ?? null,
    city: str(i.city),
    anonymous: Boolean(i.anonymous),
    urgent: Boolean(i.urgent),
    status: i.status as QuestionRecord['status'],
    createdAt: String(i.createdAt),
    updatedAt: String(i.updatedAt),
    claimedBy: str(i.claimedBy),
    claimedAt: str(i.claimedAt),
    volunteerRepliedAt: str(i.volunteerRepliedAt),
    answeredAt: str(i.answeredAt),
    helpful: typeof i.helpful === 'boolean' ? i.helpful : null,
    messageCount: Number(i.messageCount ?? 0),
  };
}

/** In the queue index while open or claimed without a volunteer reply (a claim may lapse). */
const inQueue = (q: Pick<QuestionRecord, 'status' | 'volunteerRepliedAt'>) => q.status !== 'closed' && q.volunteerRepliedAt === null;

export async function insertQuestion(deps: StoreDeps, q: QuestionRecord): Promise<void> {
  await deps.db.doc.send(
    new PutCommand({
      TableName: deps.db.table,
      Item: {
        ...questionKey(q.id),
        ...askerQuestionsIndex(q.askerId, q.createdAt, q.id),
        ...(inQueue(q) ? questionQueueIndex(q.urgent, q.createdAt, q.id) : {}),
        type: 'question',
        // Unset fields are left out, not stored as NULL: conditions test attribute_(not_)exists.
        ...Object.fromEntries(Object.entries(q).filter(([, v]) => v !== null)),
        title: deps.cipher.encrypt(q.title),
        body: deps.cipher.encrypt(q.body),
      },
      ConditionExpression: 'attribute_not_exists(PK)',
    }),
  );
}

export async function getQuestion(deps: StoreDeps, id: string): Promise<QuestionRecord | null> {
  const { Item } = await deps.db.doc.send(
    new GetCommand({ TableName: deps.db.table, Key: questionKey(id), ConsistentRead: true }),
  );
  return Item ? toRecord(deps, Item) : null;
}

/** What makes a question claimable: open, or claimed but lapsed with no volunteer reply. */
const CLAIMABLE = '(#s = :open OR (#s = :claimed AND claimedAt < :cutoff AND attribute_not_exists(volunteerRepliedAt)))';

/**
 * The one claim per question: a conditional update of the question item. Throws
 * ConditionalCheckFailedException when someone else holds a live claim (or it is closed).
 */
export async function claimQuestion(
  deps: StoreDeps,
  id: string,
  volunteerId: string,
  now: string,
  cutoff: string,
): Promise<QuestionRecord> {
  const r = await deps.db.doc.send(
    new UpdateCommand({
      TableName: deps.db.table,
      Key: questionKey(id),
      UpdateExpression:
        'SET #s = :claimed, claimedBy = :me, claimedAt = :now, updatedAt = :now, GSI3PK = :g3pk, GSI3SK = :g3sk REMOVE volunteerRepliedAt',
      // Nobody claims her own question (a resident who became a volunteer).
      ConditionExpression: `attribute_exists(PK) AND askerId <> :me AND ${CLAIMABLE}`,
      ExpressionAttributeNames: { '#s': 'status' },
      ExpressionAttributeValues: {
        ':open': 'open',
        ':claimed': 'claimed',
        ':cutoff': cutoff,
        ':me': volunteerId,
        ':now': now,
        ':g3pk': volunteerClaimsIndex(volunteerId, now, id).GSI3PK,
        ':g3sk': volunteerClaimsIndex(volunteerId, now, id).GSI3SK,
      },
      ReturnValues: 'ALL_NEW',
    }),
  );
  return toRecord(deps, r.Attributes ?? {});
}

/**
 * Gives the question back to the queue at once; only its current claimer may. The queue key
 * depends on `urgent`, so the write also requires the urgency that was read.
 */
export async function releaseQuestion(deps: StoreDeps, q: QuestionRecord, volunteerId: string, now: string) {
  const queue = questionQueueIndex(q.urgent, q.createdAt, q.id);
  await deps.db.doc.send(
    new UpdateCommand({
      TableName: deps.db.table,
      Key: questionKey(q.id),
      UpdateExpression:
        'SET #s = :open, updatedAt = :now, GSI5PK = :g5pk, GSI5SK = :g5sk REMOVE claimedBy, claimedAt, volunteerRepliedAt, GSI3PK, GSI3SK',
      ConditionExpression: 'claimedBy = :me AND #s = :claimed AND urgent = :urgent',
      ExpressionAttributeNames: { '#s': 'status' },
      ExpressionAttributeValues: {
        ':urgent': q.urgent,
        ':open': 'open',
        ':claimed': 'claimed',
        ':me': volunteerId,
        ':now': now,
        ':g5pk': queue.GSI5PK,
        ':g5sk': queue.GSI5SK,
      },
    }),
  );
}

/**
 * Records a message on the question first (conditional: the author is still a party and the
 * question is not closed), then writes the message. A volunteer reply ends the lapse clock
 * and takes the question out of the queue. `urgent` (the asker wrote words of danger) marks
 * the question urgent in the same write and moves its queue key to the front.
 */
export async function appendMessage(
  deps: StoreDeps,
  question: { id: string; createdAt: string },
  author: { from: 'asker' | 'volunteer'; userId: string },
  body: string,
  now: string,
  messageId: string,
  urgent = false,
): Promise<{ message: MessageRecord; question: QuestionRecord }> {
  const asVolunteer = author.from === 'volunteer';
  const markUrgent = urgent && !asVolunteer;
  // GSI5SK alone does not put an item in the queue index (both keys must exist), so setting it
  // is harmless when the question is out of the queue and right whenever GSI5PK is there.
  let update = 'SET updatedAt = :now ADD messageCount :one';
  if (asVolunteer) update = 'SET updatedAt = :now, volunteerRepliedAt = :now, answeredAt = :now ADD messageCount :one REMOVE GSI5PK, GSI5SK';
  else if (markUrgent) update = 'SET updatedAt = :now, urgent = :urgent, GSI5SK = :g5sk ADD messageCount :one';
  const r = await deps.db.doc.send(
    new UpdateCommand({
      TableName: deps.db.table,
      Key: questionKey(question.id),
      UpdateExpression: update,
      ConditionExpression: asVolunteer ? 'claimedBy = :me AND #s = :claimed' : 'askerId = :me AND #s <> :closed',
      ExpressionAttributeNames: { '#s': 'status' },
      ExpressionAttributeValues: {
        ':now': now,
        ':one': 1,
        ':me': author.userId,
        ...(asVolunteer ? { ':claimed': 'claimed' } : { ':closed': 'closed' }),
        ...(markUrgent ? { ':urgent': true, ':g5sk': questionQueueIndex(true, question.createdAt, question.id).GSI5SK } : {}),
      },
      ReturnValues: 'ALL_NEW',
    }),
  );
  const message: MessageRecord = { id: messageId, from: author.from, body, createdAt: now };
  await deps.db.doc.send(
    new PutCommand({
      TableName: deps.db.table,
      Item: {
        ...questionMessageKey(question.id, now, messageId),
        type: 'question-message',
        ...message,
        body: deps.cipher.encrypt(body),
      },
    }),
  );
  return { message, question: toRecord(deps, r.Attributes ?? {}) };
}

/** Closes for good; the asker or the current claimer may. Leaves the queue. */
export async function closeQuestion(deps: StoreDeps, questionId: string, userId: string, now: string) {
  const r = await deps.db.doc.send(
    new UpdateCommand({
      TableName: deps.db.table,
      Key: questionKey(questionId),
      UpdateExpression: 'SET #s = :closed, updatedAt = :now, closedAt = :now REMOVE GSI5PK, GSI5SK',
      ConditionExpression: '#s <> :closed AND (askerId = :me OR (claimedBy = :me AND #s = :claimed))',
      ExpressionAttributeNames: { '#s': 'status' },
      ExpressionAttributeValues: { ':closed': 'closed', ':claimed': 'claimed', ':me': userId, ':now': now },
      ReturnValues: 'ALL_NEW',
    }),
  );
  return toRecord(deps, r.Attributes ?? {});
}

/** The asker's verdict on the answer; needs a volunteer reply to judge. */
export async function setFeedback(deps: StoreDeps, questionId: string, askerId: string, helpful: boolean, now: string) {
  const r = await deps.db.doc.send(
    new UpdateCommand({
      TableName: deps.db.table,
      Key: questionKey(questionId),
      UpdateExpression: 'SET helpful = :h, updatedAt = :now',
      ConditionExpression: 'askerId = :me AND attribute_exists(answeredAt)',
      ExpressionAttributeValues: { ':h': helpful, ':me': askerId, ':now': now },
      ReturnValues: 'ALL_NEW',
    }),
  );
  return toRecord(deps, r.Attributes ?? {});
}

/** One page of a thread, oldest first; the cursor must point into this question's partition. */
export async function pageMessages(
  deps: StoreDeps,
  questionId: string,
  limit: number,
  cursor?: string,
): Promise<{ items: MessageRecord[]; nextCursor: string | null }> {
  const p = questionMessagesPrefix(questionId);
  const r = await deps.db.doc.send(
    new QueryCommand({
      TableName: deps.db.table,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :sk)',
      ExpressionAttributeValues: { ':pk': p.PK, ':sk': p.SKPrefix },
      Limit: limit,
      ExclusiveStartKey: decodeCursorInto(cursor, 'PK', p.PK),
    }),
  );
  return {
    items: (r.Items ?? []).map((i) => ({
      id: String(i.id),
      from: i.from as MessageRecord['from'],
      body: deps.cipher.decrypt(String(i.body)),
      createdAt: String(i.createdAt),
    })),
    nextCursor: encodeCursor(r.LastEvaluatedKey),
  };
}

/** One page of a GSI partition of whole questions (hers, or a volunteer's claims). */
async function queryIndex(
  deps: StoreDeps,
  index: GsiName,
  pk: string,
  opts: { limit: number; cursor?: string; forward: boolean },
): Promise<Page<QuestionRecord>> {
  const page = await queryFiltered(deps.db, { index, partitionValue: pk, forward: opts.forward }, opts.limit, opts.cursor);
  return { items: page.items.map((i) => toRecord(deps, i)), nextCursor: page.nextCursor };
}

const fromQueueItem = ({ cipher }: StoreDeps, i: Record<string, unknown>): QueueRecord => ({
  id: String(i.id),
  topic: (str(i.topic) as TopicId | null) ?? null,
  city: str(i.city),
  title: cipher.decrypt(String(i.title)),
  body: cipher.decrypt(String(i.body)),
  urgent: Boolean(i.urgent),
  createdAt: String(i.createdAt),
});

/**
 * Open questions and lapsed claims, urgent first, then oldest, from the queue's list-view
 * index (GSI5: the fields a queue item shows and the claim state the filter reads). Only a
 * live claim is passed over, so without a topic a page of N reads N + 1 items plus one per
 * live claim among them; a topic reads in rounds.
 */
export async function listQueue(
  deps: StoreDeps,
  opts: { topic?: TopicId; cutoff: string; limit: number; cursor?: string },
): Promise<Page<QueueRecord>> {
  const values: Record<string, unknown> = { ':open': 'open', ':claimed': 'claimed', ':cutoff': opts.cutoff };
  let expr = CLAIMABLE;
  if (opts.topic) {
    expr += ' AND topic = :topic';
    values[':topic'] = opts.topic;
  }
  const page = await queryFiltered(
    deps.db,
    {
      index: 'GSI5',
      partitionValue: QUESTION_QUEUE_PK,
      forward: true,
      ...allOf([{ expr, names: { '#s': 'status' }, values }]),
      project: QUEUE_ITEM_ATTRIBUTES,
      dense: !opts.topic,
    },
    opts.limit,
    opts.cursor,
  );
  return { items: page.items.map((i) => fromQueueItem(deps, i)), nextCursor: page.nextCursor };
}

/**
 * Once, after a deployed table gained GSI5 (scripts/move-list-views.ts): moves the queue
 * entries from GSI2 to GSI5, deciding from each question's own state, so an entry left stale
 * by a reply or a close since the deploy leaves the queue instead of coming back.
 */
export const moveQueueToListView = (deps: Pick<Deps, 'db'>) =>
  moveIndexEntries(deps, LEGACY_QUESTION_QUEUE, (i) => {
    const q = { status: i.status as QuestionRecord['status'], volunteerRepliedAt: str(i.volunteerRepliedAt) };
    return {
      keys: inQueue(q) ? questionQueueIndex(Boolean(i.urgent), String(i.createdAt), String(i.id)) : null,
      readFrom: { status: i.status, urgent: i.urgent, volunteerRepliedAt: i.volunteerRepliedAt },
    };
  });

export const listByAsker = (deps: StoreDeps, askerId: string, limit: number, cursor?: string) =>
  queryIndex(deps, 'GSI1', askerQuestionsPk(askerId), { limit, cursor, forward: false });

export const listClaims = (deps: StoreDeps, volunteerId: string, limit: number, cursor?: string) =>
  queryIndex(deps, 'GSI3', volunteerClaimsPk(volunteerId), { limit, cursor, forward: false });

/**
 * Erasure (DELETE /api/me, functions/auth/erase.service.ts): every question she asked,
 * each with its whole partition (the question, its messages). A volunteer who had
 * claimed one then finds nothing (404); the queue and claim index entries go with it.
 */
export async function eraseQuestionsOf(deps: StoreDeps, askerId: string): Promise<number> {
  const asked = await queryAllKeys(deps, { index: 'GSI1', pk: askerQuestionsPk(askerId) });
  for (const q of asked) await deletePartition(deps, q.PK);
  return asked.length;
}
