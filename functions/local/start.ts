import { join, resolve } from 'node:path';
import { mkdirSync } from 'node:fs';
import { buildDeps } from '../platform/deps';
import { loadConfig } from '../platform/config';
import { ensureTable } from '../platform/db';
import { startDynalite } from './dynalite';
import { buildGateway } from './gateway';
import { localSecrets } from './secrets';
import { seedIfFresh } from './seed';
import { startReminderLoop } from '../bookings/reminders.service';

/** `npm start`: dynalite on disk, every function on one port, the H5 build, demo data. */
async function main() {
  const dataDir = resolve(process.env.DATA_DIR ?? '.data');
  const port = Number(process.env.PORT ?? 3000);
  mkdirSync(join(dataDir, 'dynamo'), { recursive: true });
  const store = await startDynalite({ path: join(dataDir, 'dynamo') });
  const secrets = localSecrets(dataDir);
  const config = loadConfig({
    ...process.env,
    AUTH_MODE: 'local',
    TABLE_NAME: 'tayuan',
    AWS_REGION: 'cn-northwest-1',
    DYNAMO_ENDPOINT: store.endpoint,
    TOKEN_SECRET: secrets.tokenSecret,
    FIELD_KEY: secrets.fieldKey,
    CURSOR_SECRET: secrets.cursorSecret,
  });
  // Cursors read their key from the environment (platform/config.ts cursorSecret), not from Deps.
  process.env.CURSOR_SECRET = secrets.cursorSecret;
  const deps = buildDeps(config);
  await ensureTable(deps.db);
  if (await seedIfFresh(deps)) console.log('Seeded demo data (first start).');
  const gateway = buildGateway(deps, resolve('dist/h5'));
  const server = gateway.listen(port, '127.0.0.1', () => {
    console.log(`她援 is running at http://localhost:${port}/`);
    console.log('Demo accounts (choose one under 我的): resident, resident2, volunteer, volunteer2, staff, staff-nanchang, staff-donghu, worker, worker2.');
  });
  // The cloud runs reminders on an EventBridge schedule; locally an interval stands in.
  startReminderLoop(deps, 60_000);
  const stop = () => server.close(() => store.close().then(() => process.exit(0)));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
