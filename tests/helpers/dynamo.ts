import { QueryCommand, type QueryCommandOutput } from '@aws-sdk/lib-dynamodb';
import { startDynalite } from '../../functions/local/dynalite';
import { buildDeps, type Deps } from '../../functions/platform/deps';
import { loadConfig } from '../../functions/platform/config';
import { ensureTable } from '../../functions/platform/db';
import { generateFieldKey } from '../../functions/platform/crypto';
import { notificationPrefix } from '../../functions/platform/keys';
import type { WeChatAdapter } from '../../functions/platform/wechat';

export const TEST_TOKEN_SECRET = 'test-token-secret-that-is-long-enough';
export const TEST_CURSOR_SECRET = 'test-cursor-secret-not-the-token-one';

export interface TestStore {
  deps: Deps;
  /** Builds deps over the same store with other parts swapped (a pinned clock, a fake WeChat). */
  with(overrides: Partial<Deps>): Deps;
  close(): Promise<void>;
}

/** An in-memory dynalite on a free port with the real table created; one per test file. */
export async function startTestStore(overrides: Partial<Deps> = {}, env: Record<string, string> = {}): Promise<TestStore> {
  const server = await startDynalite();
  process.env.TOKEN_SECRET = TEST_TOKEN_SECRET;
  process.env.CURSOR_SECRET = TEST_CURSOR_SECRET;
  const config = loadConfig({
    AUTH_MODE: 'local',
    TABLE_NAME: 'test',
    AWS_REGION: 'cn-northwest-1',
    DYNAMO_ENDPOINT: server.endpoint,
    TOKEN_SECRET: TEST_TOKEN_SECRET,
    CURSOR_SECRET: TEST_CURSOR_SECRET,
    // Tests sign in many people a minute; the limit's own test sets it back to 10.
    LOCAL_SIGNUPS_PER_MINUTE: '100000',
    // Tests move pinned clocks by days; token expiry has its own tests (tokens.api.test.ts).
    TOKEN_TTL_SECONDS: String(90 * 24 * 3600),
    FIELD_KEY: generateFieldKey(),
    ...env,
  });
  const deps = buildDeps(config, overrides);
  await ensureTable(deps.db);
  return {
    deps,
    with: (o) => ({ ...deps, ...o }),
    close: async () => {
      deps.db.doc.destroy();
      await server.close();
    },
  };
}

/** A WeChat adapter for tests that records what was sent. */
export function recordingWeChat(verdict: 'pass' | 'risky' = 'pass') {
  const sent: Parameters<WeChatAdapter['sendSubscribeMessage']>[0][] = [];
  const adapter: WeChatAdapter = {
    code2Session: async (code) => ({ openid: `openid-${code}`, sessionKey: 'sk' }),
    msgSecCheck: async () => verdict,
    sendSubscribeMessage: async (m) => {
      sent.push(m);
      return true;
    },
  };
  return { adapter, sent };
}

/** The in-app notifications stored for `userId`, oldest first, only those of `kind` when given. */
export async function storedNotifications(deps: Pick<Deps, 'db'>, userId: string, kind?: string): Promise<NonNullable<QueryCommandOutput['Items']>> {
  const { PK, SKPrefix } = notificationPrefix(userId);
  const res = await deps.db.doc.send(
    new QueryCommand({
      TableName: deps.db.table,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :sk)',
      ...(kind ? { FilterExpression: 'kind = :k' } : {}),
      ExpressionAttributeValues: { ':pk': PK, ':sk': SKPrefix, ...(kind ? { ':k': kind } : {}) },
    }),
  );
  return res.Items ?? [];
}

/** A clock tests can move. */
export function pinnedClock(startIso: string) {
  let now = new Date(startIso).getTime();
  const clock = () => new Date(now);
  return {
    clock,
    set: (iso: string) => {
      now = new Date(iso).getTime();
    },
    advance: (ms: number) => {
      now += ms;
    },
  };
}
