import type { AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDynalite } from '../../functions/local/dynalite';
import { buildGateway } from '../../functions/local/gateway';
import { seedAll } from '../../functions/local/seed';
import { loadConfig, type Config } from '../../functions/platform/config';
import { generateFieldKey } from '../../functions/platform/crypto';
import { ensureTable } from '../../functions/platform/db';
import { buildDeps, type Deps } from '../../functions/platform/deps';
import { setLogSink } from '../../functions/platform/logger';
import { insertQuestion, newQuestion } from '../../functions/qa/questions.store';

export interface BenchGateway {
  deps: Deps;
  config: Config;
  port: number;
  close(): Promise<void>;
}

/** Questions beyond the demo's three, so the volunteer queue has a full page of 20 to read. */
const EXTRA_QUEUE_QUESTIONS = 30;

async function fillQueue(deps: Deps) {
  const now = deps.clock().getTime();
  for (let k = 0; k < EXTRA_QUEUE_QUESTIONS; k++) {
    const createdAt = new Date(now - (60 + k) * 3600 * 1000).toISOString();
    await insertQuestion(
      deps,
      newQuestion({
        id: `bench-question-${k}`,
        askerId: 'demo-resident',
        title: '公司一直不给交社保怎么办',
        body: '我在一家超市上班两年了，公司一直没给我交社保。我该怎么要求他们补缴？要去哪里投诉？',
        topic: 'social-insurance',
        city: 'nanchang',
        anonymous: true,
        urgent: false,
        createdAt,
      }),
    );
  }
}

/**
 * The local gateway (all functions on one port, as `npm start`) over in-memory dynalite with
 * the demo data and a full queue page, on loopback only.
 */
export async function startBenchGateway(): Promise<BenchGateway> {
  const restoreSink = setLogSink(() => undefined);
  const store = await startDynalite();
  // Cursors are signed with CURSOR_SECRET from the environment, as in every other run.
  process.env.TOKEN_SECRET ??= 'bench-token-secret-long-enough-for-hs256';
  process.env.CURSOR_SECRET ??= 'bench-cursor-secret-not-the-token-one';
  const config = loadConfig({
    AUTH_MODE: 'local',
    TABLE_NAME: 'bench',
    AWS_REGION: 'cn-northwest-1',
    DYNAMO_ENDPOINT: store.endpoint,
    TOKEN_SECRET: process.env.TOKEN_SECRET,
    CURSOR_SECRET: process.env.CURSOR_SECRET,
    FIELD_KEY: generateFieldKey(),
  });
  const deps = buildDeps(config);
  const close = async () => {
    deps.db.doc.destroy();
    await store.close();
    setLogSink(restoreSink);
  };
  try {
    await ensureTable(deps.db);
    await seedAll(deps);
    await fillQueue(deps);
    const server = buildGateway(deps, mkdtempSync(join(tmpdir(), 'bench-static-'))).listen(0, '127.0.0.1');
    await new Promise<void>((r) => server.once('listening', () => r()));
    const { port } = server.address() as AddressInfo;
    return {
      deps,
      config,
      port,
      close: async () => {
        await new Promise<void>((r) => server.close(() => r()));
        await close();
      },
    };
  } catch (e) {
    await close();
    throw e;
  }
}
