import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { pinnedClock, type TestStore } from '../helpers/dynamo';
import { lambda, signIn } from '../helpers/http';
import { buildReferralsApp } from '../../functions/referrals/app';
import { buildAuthApp } from '../../functions/auth/app';
import { seedAccounts, DEMO_ACCOUNTS } from '../../functions/local/seed';
import { seedReferrals } from '../../functions/referrals/seed';
import { insertQuestion } from '../../functions/qa/questions.store';
import { userKey } from '../../functions/platform/keys';
import { signToken } from '../../functions/platform/tokens';
import type { Deps } from '../../functions/platform/deps';

export const HOUR = 3_600_000;
export const at = (base: string, ms: number) => new Date(Date.parse(base) + ms).toISOString();

export interface Person {
  token: string;
  userId: string;
}

let seq = 0;

/**
 * A world over one store with its own pinned clock: the demo accounts (resident, volunteer,
 * worker of 东湖区 nc-donghu-1, worker2 of 青山湖区, staff-donghu), questions and referrals.
 */
export async function referralWorld(store: TestStore, nowIso: string) {
  const time = pinnedClock(nowIso);
  const deps: Deps = store.with({ clock: time.clock });
  await seedAccounts(deps);
  await seedReferrals(deps, DEMO_ACCOUNTS);
  // Tokens expire, and these tests move the clock by days: every call re-signs the caller's
  // token at the pinned time, so a test is about deadlines, not sign-in.
  const owners = new Map<string, string>();
  const fresh = (app: ReturnType<typeof lambda>): ReturnType<typeof lambda> => async (method, url, opts = {}) => {
    const owner = opts.token ? owners.get(opts.token) : undefined;
    const token = owner ? await signToken(deps.config, deps.clock, owner) : opts.token;
    return app(method, url, { ...opts, token });
  };
  const call = fresh(lambda(buildReferralsApp(deps)));
  const auth = fresh(lambda(buildAuthApp(deps)));
  const remember = (p: Person): Person => {
    owners.set(p.token, p.userId);
    return p;
  };
  const demo = async (handle: string): Promise<Person> => remember(await signIn(deps, handle));
  const people = {
    resident: await demo('resident'),
    resident2: await demo('resident2'),
    volunteer: await demo('volunteer'),
    volunteer2: await demo('volunteer2'),
    worker: await demo('worker'),
    worker2: await demo('worker2'),
    staffDonghu: await demo('staff-donghu'),
    staffNanchang: await demo('staff-nanchang'),
  };

  /** A question of `asker`, claimed by `claimer` when given, straight into the store. */
  async function question(asker: Person, claimer?: Person, text = { title: '他又动手了', body: '昨晚他喝酒后打了我，我不敢报警。' }) {
    const id = `rq-${++seq}-${Date.now().toString(36)}`;
    const now = time.clock().toISOString();
    await insertQuestion(deps, {
      id,
      askerId: asker.userId,
      title: text.title,
      body: text.body,
      topic: 'dv-protection-order',
      city: 'nanchang',
      anonymous: true,
      urgent: false,
      status: claimer ? 'claimed' : 'open',
      createdAt: now,
      updatedAt: now,
      claimedBy: claimer?.userId ?? null,
      claimedAt: claimer ? now : null,
      volunteerRepliedAt: null,
      answeredAt: null,
      helpful: null,
      messageCount: 0,
    });
    return id;
  }

  /** Proposed by the claiming volunteer; returns the referral id. */
  async function proposed(o: { urgent?: boolean; reason?: string } = {}) {
    const questionId = await question(people.resident, people.volunteer);
    const res = await call('POST', '/api/referrals', {
      token: people.volunteer.token,
      body: { questionId, reason: o.reason ?? 'home-visit', urgent: o.urgent ?? false },
    });
    if (res.status !== 201) throw new Error(`not proposed: ${res.status} ${JSON.stringify(res.body)}`);
    return { id: res.body.id as string, questionId };
  }

  /** Proposed and accepted for nc-donghu-1 (the demo worker's community). */
  async function accepted(o: { urgent?: boolean; shareQuestion?: boolean; communityId?: string } = {}) {
    const p = await proposed(o);
    const res = await call('POST', `/api/referrals/${p.id}/accept`, {
      token: people.resident.token,
      body: {
        communityId: o.communityId ?? 'nc-donghu-1',
        contactPhone: '13912345678',
        safeTimes: '工作日上午他不在家',
        safeToCall: true,
        shareQuestion: o.shareQuestion ?? false,
      },
    });
    if (res.status !== 200) throw new Error(`not accepted: ${res.status} ${JSON.stringify(res.body)}`);
    return p;
  }

  async function claimed(o: { urgent?: boolean } = {}) {
    const p = await accepted(o);
    const res = await call('POST', `/api/referrals/${p.id}/claim`, { token: people.worker.token, body: {} });
    if (res.status !== 200) throw new Error(`not claimed: ${res.status}`);
    return p;
  }

  /** Another worker of a community, made straight in the store. */
  async function worker(communityId: string): Promise<Person> {
    const id = `wk-${++seq}-${Date.now().toString(36)}`;
    await deps.db.doc.send(
      new PutCommand({
        TableName: deps.db.table,
        Item: { ...userKey(id), type: 'user', id, role: 'worker', displayName: '社区工作者', communityId, createdAt: time.clock().toISOString(), consents: {} },
      }),
    );
    return remember({ userId: id, token: await signToken(deps.config, deps.clock, id) });
  }

  /** The raw stored items of a referral's partition, as DynamoDB holds them. */
  async function rawItems(referralId: string) {
    const r = await deps.db.doc.send(
      new QueryCommand({
        TableName: deps.db.table,
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': `REFERRAL#${referralId}` },
      }),
    );
    return r.Items ?? [];
  }

  async function notes(p: Person, kind: string) {
    const res = await auth('GET', '/api/me/notifications?limit=50', { token: p.token });
    return (res.body.items as { kind: string; link: string | null; body: string; title: string }[]).filter((n) => n.kind === kind);
  }

  return { deps, time, call, people, question, proposed, accepted, claimed, worker, rawItems, notes };
}
export type ReferralWorld = Awaited<ReturnType<typeof referralWorld>>;
