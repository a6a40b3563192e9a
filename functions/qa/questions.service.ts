import {
  ANONYMOUS_ASKER_NAME,
  CLAIM_LAPSE_HOURS,
  type AskQuestionRequest,
  type AskQuestionResponse,
  type PostMessageResponse,
  type Question,
  type QuestionSummary,
  type QuestionSummaryPage,
  type QuestionThread,
  type QueuePage,
  type QueueQuery,
  type SafetyAdvice,
  type ThreadMessage,
  THREAD_PAGE_SIZE,
} from '../../shared/qa';
import { SENSITIVE_INFO_CONSENT_VERSION } from '../../shared/auth';
import { isDangerous, SAFETY_HOTLINES } from '../../shared/danger';
import type { TopicId } from '../../shared/topics';
import type { Deps } from '../platform/deps';
import { AppError, isConditionFailed } from '../platform/errors';
import { getUser, type UserRecord } from '../platform/users.store';
import { bumpStats, firstAnswerCounter } from '../platform/stats';
import { notify } from '../platform/notifications';
import { LIMITS, takeUserAllowance } from '../platform/limits';
import { firstArticleOf } from './articles.service';
import { contentCheckFor } from './content-check';
import {
  appendMessage,
  claimQuestion,
  closeQuestion,
  getQuestion,
  insertQuestion,
  listByAsker,
  listClaims,
  pageMessages,
  listQueue,
  newQuestion,
  releaseQuestion,
  setFeedback,
  type QuestionRecord,
} from './questions.store';
import { recordService } from '../events/hours.service';
import { ANSWER_SERVICE_MINUTES } from '../../shared/events';

const HOUR = 3600 * 1000;

const lapseCutoff = (deps: Pick<Deps, 'clock'>) => new Date(deps.clock().getTime() - CLAIM_LAPSE_HOURS * HOUR).toISOString();

/** A claim with no volunteer reply for 48 hours counts as gone, though no job has touched the item. */
export function isLapsed(q: QuestionRecord, now: Date): boolean {
  return (
    q.status === 'claimed' &&
    q.claimedAt !== null &&
    q.volunteerRepliedAt === null &&
    q.claimedAt < new Date(now.getTime() - CLAIM_LAPSE_HOURS * HOUR).toISOString()
  );
}

const shownStatus = (q: QuestionRecord, now: Date) => (isLapsed(q, now) ? 'open' : q.status);

// --- templates for notifications --------------------------------------------

/** Texts never quote the question: a notification may be read over her shoulder (see platform/notifications.ts). */
async function tellAsker(deps: Deps, q: QuestionRecord, template: 'qa-claimed' | 'qa-reply') {
  const asker = await getUser(deps, q.askerId);
  if (!asker) return;
  await notify(deps, asker, { template, id: q.id });
}

// --- views -----------------------------------------------------------------

type Viewer = 'asker' | 'volunteer';

async function toQuestion(deps: Deps, q: QuestionRecord, viewer: Viewer, caller: UserRecord): Promise<Question> {
  const now = deps.clock();
  const status = shownStatus(q, now);
  let askerName: string;
  if (viewer === 'asker') askerName = caller.displayName;
  else if (q.anonymous) askerName = ANONYMOUS_ASKER_NAME;
  else askerName = (await getUser(deps, q.askerId))?.displayName ?? ANONYMOUS_ASKER_NAME;
  const volunteer = status === 'open' || !q.claimedBy ? null : await getUser(deps, q.claimedBy);
  return {
    id: q.id,
    title: q.title,
    body: q.body,
    topic: q.topic,
    city: q.city,
    anonymous: q.anonymous,
    urgent: q.urgent,
    status,
    createdAt: q.createdAt,
    updatedAt: q.updatedAt,
    claimedAt: status === 'open' ? null : q.claimedAt,
    askerName,
    volunteerName: volunteer?.displayName ?? null,
    helpful: q.helpful,
    messageCount: q.messageCount,
    viewer,
  };
}

const toSummary = (q: QuestionRecord, now: Date): QuestionSummary => ({
  id: q.id,
  title: q.title,
  topic: q.topic,
  city: q.city,
  urgent: q.urgent,
  status: shownStatus(q, now),
  createdAt: q.createdAt,
  updatedAt: q.updatedAt,
  messageCount: q.messageCount,
});

const toMessage = (m: { id: string; from: 'asker' | 'volunteer'; body: string; createdAt: string }): ThreadMessage => ({
  id: m.id,
  from: m.from,
  body: m.body,
  createdAt: m.createdAt,
});

/** Asker or claiming volunteer; anyone else is told it does not exist. */
function viewerOf(q: QuestionRecord | null, caller: UserRecord): Viewer {
  if (q && q.askerId === caller.id) return 'asker';
  if (q && caller.role === 'volunteer' && q.claimedBy === caller.id) return 'volunteer';
  throw new AppError('NOT_FOUND');
}

// --- asking ----------------------------------------------------------------

async function safetyAdvice(deps: Deps): Promise<SafetyAdvice> {
  const topics: TopicId[] = ['dv-protection-order', 'dv-shelter'];
  const found = await Promise.all(topics.map((t) => firstArticleOf(deps, t)));
  return {
    message: '如果您现在有危险，请马上打 110 报警。您的问题已优先交给志愿律师。',
    hotlines: SAFETY_HOTLINES.map((h) => ({ number: h.number, label: h.label })),
    articles: found.flatMap((a) => (a ? [{ id: a.id, title: a.title, topic: a.topic }] : [])),
  };
}

export async function askQuestion(deps: Deps, caller: UserRecord, input: AskQuestionRequest): Promise<AskQuestionResponse> {
  if (caller.role !== 'resident') throw new AppError('FORBIDDEN');
  if (caller.consents['sensitive-info']?.version !== SENSITIVE_INFO_CONSENT_VERSION) {
    throw new AppError('CONSENT_REQUIRED', undefined, undefined, { consent: { kind: 'sensitive-info', version: SENSITIVE_INFO_CONSENT_VERSION } });
  }
  const verdict = await contentCheckFor(deps)(`${input.title}\n${input.body}`, caller);
  if (verdict === 'risky') throw new AppError('CONTENT_REJECTED');

  const now = deps.clock();
  await takeUserAllowance(deps, caller.id, LIMITS.questionsPerDay);

  const urgent = isDangerous(`${input.title}\n${input.body}`);
  const at = now.toISOString();
  const record = newQuestion({
    id: deps.ids(),
    askerId: caller.id,
    title: input.title,
    body: input.body,
    topic: input.topic ?? null,
    city: input.city ?? null,
    anonymous: input.anonymous,
    urgent,
    createdAt: at,
  });
  await insertQuestion(deps, record);
  await bumpStats(deps, { questionsAsked: 1, questionsUrgent: urgent ? 1 : 0 }, { place: { city: record.city } });
  const question = await toQuestion(deps, record, 'asker', caller);
  return urgent ? { question, safety: await safetyAdvice(deps) } : { question };
}

export async function myQuestions(deps: Deps, caller: UserRecord, limit: number, cursor?: string): Promise<QuestionSummaryPage> {
  // A resident who became a volunteer still reads the questions she asked.
  if (caller.role !== 'resident' && caller.role !== 'volunteer') throw new AppError('FORBIDDEN');
  const page = await listByAsker(deps, caller.id, limit, cursor);
  const now = deps.clock();
  return { items: page.items.map((q) => toSummary(q, now)), nextCursor: page.nextCursor };
}

// --- the thread --------------------------------------------------------------

/** The question with one page of its thread (paged so a long thread is never read whole). */
export async function getThread(
  deps: Deps,
  caller: UserRecord,
  id: string,
  page: { limit: number; cursor?: string } = { limit: THREAD_PAGE_SIZE },
): Promise<QuestionThread> {
  const q = await getQuestion(deps, id);
  const viewer = viewerOf(q, caller);
  const [question, messages] = await Promise.all([
    toQuestion(deps, q as QuestionRecord, viewer, caller),
    pageMessages(deps, id, page.limit, page.cursor),
  ]);
  return { ...question, messages: messages.items.map(toMessage), nextCursor: messages.nextCursor };
}

/** Turns a refused conditional write into the reason: gone (404) or closed (409). */
async function explainRefusal(deps: Deps, caller: UserRecord, id: string): Promise<never> {
  const q = await getQuestion(deps, id);
  viewerOf(q, caller);
  if (q?.status === 'closed') throw new AppError('QUESTION_CLOSED');
  throw new AppError('NOT_FOUND');
}

/** In-app only, and never quoting her words: the volunteer may read it anywhere. */
async function tellClaimerOfDanger(deps: Deps, q: QuestionRecord) {
  const volunteer = q.status === 'claimed' && q.claimedBy ? await getUser(deps, q.claimedBy) : null;
  if (!volunteer) return;
  await notify(deps, volunteer, { template: 'qa-urgent', id: q.id });
}

/** Statistics: the first volunteer reply, and how long she waited for it (a histogram bucket, no person). */
async function countFirstAnswer(deps: Deps, q: QuestionRecord) {
  const minutes = Math.max(0, (deps.clock().getTime() - Date.parse(q.createdAt)) / 60_000);
  await bumpStats(deps, { questionsAnswered: 1, [firstAnswerCounter(minutes)]: 1 }, { place: { city: q.city } });
}

export async function postMessage(deps: Deps, caller: UserRecord, id: string, body: string): Promise<PostMessageResponse> {
  const current = await getQuestion(deps, id);
  const from = viewerOf(current, caller);
  await takeUserAllowance(deps, caller.id, LIMITS.messagesPerHour);
  // Residents' words are checked like a question; volunteers are verified professionals.
  if (from === 'asker' && (await contentCheckFor(deps)(body, caller)) === 'risky') throw new AppError('CONTENT_REJECTED');
  // Danger in a follow-up counts as in the question itself; only the asker's words do.
  const danger = from === 'asker' && isDangerous(body);
  let written;
  try {
    const ref = { id, createdAt: (current as QuestionRecord).createdAt };
    written = await appendMessage(deps, ref, { from, userId: caller.id }, body, deps.clock().toISOString(), deps.ids(), danger);
  } catch (e) {
    if (!isConditionFailed(e)) throw e;
    return explainRefusal(deps, caller, id);
  }
  if (from === 'volunteer') await tellAsker(deps, written.question, 'qa-reply');
  // Volunteer service hours: 30 minutes per answered question, counted once per volunteer and question.
  if (from === 'volunteer') {
    await recordService(deps, { volunteerId: caller.id, kind: 'answer', sourceId: id, at: deps.clock().toISOString(), minutes: ANSWER_SERVICE_MINUTES });
  }
  if (from === 'volunteer' && (current as QuestionRecord).answeredAt === null) await countFirstAnswer(deps, written.question);
  if (!danger) return toMessage(written.message);
  await tellClaimerOfDanger(deps, written.question);
  return { ...toMessage(written.message), safety: await safetyAdvice(deps) };
}

export async function close(deps: Deps, caller: UserRecord, id: string): Promise<Question> {
  try {
    const q = await closeQuestion(deps, id, caller.id, deps.clock().toISOString());
    await bumpStats(deps, { questionsClosed: 1 }, { place: { city: q.city } });
    return toQuestion(deps, q, viewerOf(q, caller), caller);
  } catch (e) {
    if (!isConditionFailed(e)) throw e;
    return explainRefusal(deps, caller, id);
  }
}

export async function giveFeedback(deps: Deps, caller: UserRecord, id: string, helpful: boolean): Promise<Question> {
  try {
    const q = await setFeedback(deps, id, caller.id, helpful, deps.clock().toISOString());
    return toQuestion(deps, q, 'asker', caller);
  } catch (e) {
    if (!isConditionFailed(e)) throw e;
    const q = await getQuestion(deps, id);
    if (!q || q.askerId !== caller.id) throw new AppError('NOT_FOUND');
    throw new AppError('INVALID_STATE', undefined, '志愿律师回复以后才能评价');
  }
}

// --- volunteers ------------------------------------------------------------

/** The store reads exactly the fields a queue item shows (no asker, no claimer), in its order. */
export const queue = (deps: Deps, query: QueueQuery): Promise<QueuePage> =>
  listQueue(deps, { topic: query.topic, cutoff: lapseCutoff(deps), limit: query.limit, cursor: query.cursor });

export async function claim(deps: Deps, volunteer: UserRecord, id: string): Promise<QuestionThread> {
  let q: QuestionRecord;
  try {
    q = await claimQuestion(deps, id, volunteer.id, deps.clock().toISOString(), lapseCutoff(deps));
  } catch (e) {
    if (!isConditionFailed(e)) throw e;
    const current = await getQuestion(deps, id);
    if (!current) throw new AppError('NOT_FOUND');
    if (current.status === 'closed') throw new AppError('QUESTION_CLOSED');
    if (current.askerId === volunteer.id) throw new AppError('INVALID_STATE', undefined, '不能认领自己提的问题');
    // Claiming again what one already holds is a retry, not a conflict.
    if (current.claimedBy === volunteer.id) return getThread(deps, volunteer, id);
    throw new AppError('ALREADY_CLAIMED');
  }
  await tellAsker(deps, q, 'qa-claimed');
  await bumpStats(deps, { questionsClaimed: 1 }, { place: { city: q.city } });
  return getThread(deps, volunteer, id);
}

export async function release(deps: Deps, volunteer: UserRecord, id: string): Promise<{ ok: true }> {
  const q = await getQuestion(deps, id);
  if (!q || q.claimedBy !== volunteer.id) throw new AppError('NOT_FOUND');
  try {
    await releaseQuestion(deps, q, volunteer.id, deps.clock().toISOString());
  } catch (e) {
    if (!isConditionFailed(e)) throw e;
    // The asker marked it urgent between our read and our write: release with the urgent key.
    // Urgency only ever turns on, so this retries at most once.
    const current = await getQuestion(deps, id);
    if (current && current.urgent !== q.urgent) return release(deps, volunteer, id);
    throw new AppError(q.status === 'closed' ? 'QUESTION_CLOSED' : 'INVALID_STATE');
  }
  return { ok: true };
}

export async function myClaims(deps: Deps, volunteer: UserRecord, limit: number, cursor?: string): Promise<QuestionSummaryPage> {
  const page = await listClaims(deps, volunteer.id, limit, cursor);
  const now = deps.clock();
  return { items: page.items.map((q) => toSummary(q, now)), nextCursor: page.nextCursor };
}
