import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Deps } from '../../functions/platform/deps';
import { buildQaApp } from '../../functions/qa/app';
import { userKey } from '../../functions/platform/keys';
import { signToken } from '../../functions/platform/tokens';
import { insertQuestion, type QuestionRecord } from '../../functions/qa/questions.store';
import { loadArticles } from '../../functions/qa/seed';
import { SENSITIVE_INFO_CONSENT_VERSION } from '../../shared/auth';
import type { Role } from '../../shared/common';
import { articleFile } from '../../shared/qa';
import { pinnedClock, recordingWeChat, startTestStore } from '../helpers/dynamo';
import { lambda } from '../helpers/http';

/** Builders for the Q&A API tests: people made directly in the store, questions in any state. */

export const FIXTURE_ARTICLES = articleFile.parse(
  JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'qa-articles.json'), 'utf8')),
);

export const loadFixtureArticles = (deps: Deps) => loadArticles(deps, FIXTURE_ARTICLES);

/** One store per test file behind the Q&A app, its clock pinned at `start`, a WeChat that records what it sends, and the fixture articles. */
export async function qaWorld(start: string) {
  const wx = recordingWeChat();
  const store = await startTestStore({ clock: pinnedClock(start).clock, wechat: wx.adapter });
  await loadFixtureArticles(store.deps);
  return { store, deps: store.deps, call: lambda(buildQaApp(store.deps)), wx };
}
export type QaWorld = Awaited<ReturnType<typeof qaWorld>>;

export interface Person {
  id: string;
  displayName: string;
  token: string;
}

let counter = 0;
/** Unique ids per test file run, so builders never collide. */
export const uniqueId = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(counter++).toString(36)}`;

export async function makePerson(
  deps: Deps,
  role: Role,
  opts: { id?: string; displayName?: string; consent?: boolean; openid?: string } = {},
): Promise<Person> {
  const id = opts.id ?? uniqueId(role);
  const displayName = opts.displayName ?? `${role === 'volunteer' ? '律师' : '居民'}${id.slice(-5)}`;
  const consents = opts.consent
    ? {
        'sensitive-info': {
          kind: 'sensitive-info',
          version: SENSITIVE_INFO_CONSENT_VERSION,
          givenAt: deps.clock().toISOString(),
        },
      }
    : {};
  await deps.db.doc.send(
    new PutCommand({
      TableName: deps.db.table,
      Item: {
        ...userKey(id),
        type: 'user',
        id,
        role,
        displayName,
        createdAt: deps.clock().toISOString(),
        consents,
        ...(opts.openid ? { openid: opts.openid } : {}),
      },
    }),
  );
  return { id, displayName, token: await signToken(deps.config, deps.clock, id) };
}

/** Puts a question straight into the store (no rate limit), open unless a claimer is given. */
export async function makeQuestion(
  deps: Deps,
  asker: Person,
  opts: Partial<Pick<QuestionRecord, 'title' | 'body' | 'topic' | 'anonymous' | 'urgent' | 'createdAt'>> & {
    claimedBy?: Person;
    answered?: boolean;
  } = {},
): Promise<string> {
  const id = uniqueId('q');
  const at = opts.createdAt ?? deps.clock().toISOString();
  const now = deps.clock().toISOString();
  await insertQuestion(deps, {
    id,
    askerId: asker.id,
    title: opts.title ?? '离婚后孩子归谁',
    body: opts.body ?? '我想离婚，孩子三岁，想知道孩子能不能跟我。',
    topic: opts.topic ?? 'custody',
    city: 'nanchang',
    anonymous: opts.anonymous ?? true,
    urgent: opts.urgent ?? false,
    status: opts.claimedBy ? 'claimed' : 'open',
    createdAt: at,
    updatedAt: at,
    claimedBy: opts.claimedBy?.id ?? null,
    claimedAt: opts.claimedBy ? now : null,
    volunteerRepliedAt: opts.answered ? now : null,
    answeredAt: opts.answered ? now : null,
    helpful: null,
    messageCount: 0,
  });
  return id;
}

export const validQuestion = (over: Record<string, unknown> = {}) => ({
  title: '离婚后孩子的抚养费怎么算',
  body: '我们打算离婚，孩子五岁跟我。他每月收入四千，抚养费应该给多少？',
  topic: 'child-support',
  city: 'nanchang',
  anonymous: true,
  ...over,
});
