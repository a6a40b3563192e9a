import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROUTES } from '../../functions/routes';
import { generateFieldKey } from '../../functions/platform/crypto';
import { startDynalite } from '../../functions/local/dynalite';
import { seedAll } from '../../functions/local/seed';
import { systemClock } from '../../functions/platform/clock';
import { loadConfig } from '../../functions/platform/config';
import { ensureTable } from '../../functions/platform/db';
import { buildDeps } from '../../functions/platform/deps';
import { setLogSink } from '../../functions/platform/logger';
import { signToken } from '../../functions/platform/tokens';
import type { Metafile } from 'esbuild';
import { bundleEntry, bundleFunction, kib, ROOT, type BundleOptions } from '../../scripts/package-functions';
import { median, round2 } from './stats';

const RUNS = Number(process.env.BENCH_COLD_RUNS ?? 7);
const BUDGET = 1.3;

/**
 * The "first DB request" column: per function one GET that reads the store (the
 * staff demo account's token where the route needs a caller); the bare handler
 * answers its GetItem route. Every one must answer 200.
 */
const DB_REQUESTS: Record<string, [method: string, path: string, asStaff: boolean]> = {
  bare: ['GET', '/api/__bare-db', false],
  'bare+cc': ['GET', '/api/__bare-db', false],
  floor: ['GET', '/api/floor-db', false],
  auth: ['GET', '/api/me', true],
  jobs: ['GET', '/api/jobs', false],
  qa: ['GET', '/api/qa/articles?q=%E7%A6%BB%E5%A9%9A', false],
  bookings: ['GET', '/api/slots', false],
  admin: ['GET', '/api/admin/stats?from=2026-01-01&to=2026-01-31', true],
  events: ['GET', '/api/events', false],
  referrals: ['GET', '/api/me/referrals', true],
};

/** What Lambda would give the function, minus secrets ARNs: values are set directly. */
const childEnv = (): NodeJS.ProcessEnv => ({
  PATH: process.env.PATH,
  NODE_NO_WARNINGS: '1',
  AWS_REGION: 'cn-northwest-1',
  TABLE_NAME: 'bench',
  TOKEN_SECRET: 'bench-token-secret-long-enough-for-hs256',
  CURSOR_SECRET: 'bench-cursor-secret-not-the-token-one',
  FIELD_KEY: generateFieldKey(),
  WECHAT_APPID: 'wx-bench',
  WECHAT_SECRET: 'bench',
  AWS_ACCESS_KEY_ID: 'bench',
  AWS_SECRET_ACCESS_KEY: 'bench',
});

interface Probe {
  requireMs: number;
  firstResponseMs: number;
  cpuMs: number;
  status: number;
}

const inputsOf = (meta: Metafile) => Object.values(meta.outputs)[0]?.inputs ?? {};
const packageOf = (path: string) =>
  path.includes('node_modules/') ? (/node_modules\/((@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? path) : path.split('/').slice(0, 2).join('/');

/** What a bundle carries beyond the framework floor, by package or folder, largest first. */
function beyondFloor(meta: Metafile, floor: Metafile, n = 4): string {
  const base = inputsOf(floor);
  const by = new Map<string, number>();
  for (const [path, input] of Object.entries(inputsOf(meta))) {
    if (base[path]) continue;
    by.set(packageOf(path), (by.get(packageOf(path)) ?? 0) + input.bytesInOutput);
  }
  return [...by.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${k} ${kib(v)}`)
    .join(', ');
}

const run = promisify(execFile);

/** Asynchronous, so the in-process dynalite keeps answering while a probe runs. */
async function probeOnce(file: string, env: NodeJS.ProcessEnv, request?: string[]): Promise<Probe> {
  const args = [join(__dirname, 'cold-probe.js'), file, ...(request ? [JSON.stringify(request)] : [])];
  const { stdout: out } = await run(process.execPath, args, { env, encoding: 'utf8', timeout: 60_000 });
  const line = out.split('\n').find((l) => l.startsWith('COLD '));
  if (!line) throw new Error(`no timing from ${file}`);
  return JSON.parse(line.slice(5)) as Probe;
}

/** Interleaves the bundles run by run, so a noisy moment hurts all of them alike. */
type Timing = { requireMs: number; firstResponseMs: number; minMs: number; cpuMs: number; status: number };
async function measure(
  files: Record<string, string>,
  env: NodeJS.ProcessEnv,
  requests: Record<string, string[] | undefined> = {},
): Promise<Record<string, Timing>> {
  const runs: Record<string, Probe[]> = Object.fromEntries(Object.keys(files).map((k) => [k, []]));
  for (const [k, file] of Object.entries(files)) await probeOnce(file, env, requests[k]); // warm the OS file cache
  for (let i = 0; i < RUNS; i++) {
    for (const [k, file] of Object.entries(files)) runs[k].push(await probeOnce(file, env, requests[k]));
  }
  return Object.fromEntries(
    Object.entries(runs).map(([k, ps]) => [
      k,
      {
        requireMs: median(ps.map((p) => p.requireMs)),
        firstResponseMs: median(ps.map((p) => p.firstResponseMs)),
        minMs: Math.min(...ps.map((p) => p.firstResponseMs)),
        cpuMs: median(ps.map((p) => p.cpuMs)),
        status: ps[0].status,
      },
    ]),
  );
}

export interface ColdLoadRow {
  bundle: string;
  indexBytes: number;
  allBytes: number;
  requireMs: number;
  coldLoadMs: number;
  coldLoadRatio: number;
  firstDbRequestMs: number;
  firstDbRequestRatio: number;
  firstDbRequestStatus: number;
  /** CPU time of the first DB request (median), over the bare handler's. */
  firstDbRequestCpuRatio: number;
}

export async function benchColdLoad(opts: BundleOptions = {}): Promise<ColdLoadRow[]> {
  const outDir = join(ROOT, 'dist/bench', opts.externalSdk ? 'external-sdk' : 'bundled-sdk');
  console.log(`\n## Function bundles and cold load (${opts.externalSdk ? 'SDK external' : 'SDK bundled'}; median of ${RUNS} fresh node processes)`);
  console.log('   cold load = require the bundle + answer one request that needs no database');
  console.log(`   (node ${process.version} here; Lambda runs Node.js 22 — compare ratios, not milliseconds)`);
  const bare = await bundleEntry(join(__dirname, 'bare-handler.ts'), join(outDir, 'bare'), { ...opts, lazy: false, codeCache: false });
  // Not the yardstick: the bare handler packaged like the functions (V8 code cache, SDK from its
  // ES modules), to show what of a ratio below comes from the packaging alone.
  const bareCc = await bundleEntry(join(__dirname, 'bare-handler.ts'), join(outDir, 'bare-cc'), {
    ...opts,
    lazy: false,
    codeCache: opts.codeCache !== false,
    trainingPaths: ['/api/__bare-db'],
  });
  const floor = await bundleEntry(join(__dirname, 'floor-handler.ts'), join(outDir, 'floor'), opts);
  const files: Record<string, string> = { bare: bare.file, 'bare+cc': bareCc.file, floor: floor.file };
  const sizes: Record<string, [cold: number, all: number]> = {
    bare: [bare.coldBytes, bare.bytes],
    'bare+cc': [bareCc.coldBytes, bareCc.bytes],
    floor: [floor.coldBytes, floor.bytes],
  };
  const extra: Record<string, string> = {};
  const caches: Record<string, number> = { floor: floor.cacheBytes };
  for (const name of Object.keys(ROUTES)) {
    if (!existsSync(join(ROOT, 'functions', name, 'handler.ts'))) {
      console.log(`   ${name}: no handler.ts yet`);
      continue;
    }
    const r = await bundleFunction(name, { ...opts, outDir });
    files[name] = r.file;
    sizes[name] = [r.coldBytes, r.bytes];
    caches[name] = r.cacheBytes;
    extra[name] = beyondFloor(r.metafile, floor.metafile);
  }
  const env = childEnv();
  const t = await measure(files, env);
  const db = await measureFirstDbRequest(files, env);
  const base = t.bare.firstResponseMs;
  console.log(
    `   ${'bundle'.padEnd(9)} ${'index.js'.padStart(10)} ${'all files'.padStart(10)} ${'require'.padStart(9)} ${'cold load'.padStart(10)} ${'ratio'.padStart(6)} ${'(fastest)'.padStart(10)}  ${'first DB request'.padStart(16)} ${'ratio'.padStart(6)} ${'(vs cc)'.padStart(8)} ${'cpu'.padStart(6)}  budget ${BUDGET}× on both medians`,
  );
  const rows: ColdLoadRow[] = [];
  for (const [k, v] of Object.entries(t)) {
    const ratio = v.firstResponseMs / base;
    const minRatio = v.minMs / t.bare.minMs;
    const d = db[k];
    rows.push({
      bundle: k,
      indexBytes: sizes[k][0],
      allBytes: sizes[k][1],
      requireMs: round2(v.requireMs),
      coldLoadMs: round2(v.firstResponseMs),
      coldLoadRatio: round2(ratio),
      firstDbRequestMs: round2(d.firstResponseMs),
      firstDbRequestRatio: round2(d.firstResponseMs / db.bare.firstResponseMs),
      firstDbRequestStatus: d.status,
      firstDbRequestCpuRatio: round2(d.cpuMs / db.bare.cpuMs),
    });
    const dbText = d.status === 200 ? `${d.firstResponseMs.toFixed(1)} ms` : `status ${d.status}`;
    const dbRatio = d.firstResponseMs / db.bare.firstResponseMs;
    const flag =
      k === 'bare'
        ? ''
        : k === 'bare+cc'
          ? '(the bare handler packaged like the functions: not the yardstick)'
          : k === 'floor'
            ? '(Koa + router + serverless-http + platform/http, no feature code)'
            : `${ratio <= BUDGET ? 'ok' : 'OVER'} / ${d.status === 200 && dbRatio <= BUDGET ? 'ok' : 'OVER'}`;
    console.log(
      `   ${k.padEnd(9)} ${kib(sizes[k][0]).padStart(10)} ${kib(sizes[k][1]).padStart(10)} ${(v.requireMs.toFixed(1) + ' ms').padStart(9)} ${(v.firstResponseMs.toFixed(1) + ' ms').padStart(10)} ${ratio.toFixed(2).padStart(5)}× ${('(' + minRatio.toFixed(2) + '×)').padStart(10)}  ${dbText.padStart(16)} ${dbRatio.toFixed(2).padStart(5)}× ${('(' + (d.firstResponseMs / db['bare+cc'].firstResponseMs).toFixed(2) + '×)').padStart(8)} ${(d.cpuMs / db.bare.cpuMs).toFixed(2).padStart(5)}×  ${flag}`,
    );
  }
  console.log('   first DB request = a fresh process requires the bundle and answers one GET that reads the store (dynalite,');
  console.log(`   demo data): ${Object.entries(DB_REQUESTS).map(([k, [m, p]]) => `${k} ${m} ${p}`).join(' · ')}`);
  console.log('   index.js = what a cold start loads (the loader and main.js); the other files (sdk.js, jose.js, minisearch.js)');
  console.log('   load on first use. code cache: every bundle but the bare one ships V8 code caches made when packaging');
  console.log(`   (${opts.codeCache === false ? 'off in this run: --no-code-cache' : Object.entries(caches).map(([k, v]) => `${k} ${kib(v)}`).join(', ')});`);
  console.log('   "(vs cc)" is the first DB request over bare+cc\'s (code cache, SDK from its ES modules), i.e. the ratio with');
  console.log('   the packaging taken out of the comparison;');
  console.log('   "cpu" is its CPU time (user + system, median) over the bare handler\'s, steadier than wall time on a busy machine.');
  console.log('   beyond the floor, by package:');
  for (const [k, text] of Object.entries(extra)) console.log(`   ${k.padEnd(9)} ${text}`);
  return rows;
}

/** Each bundle's first request is one that reads the store, against dynalite with the demo data. */
async function measureFirstDbRequest(files: Record<string, string>, env: NodeJS.ProcessEnv): Promise<Record<string, Timing>> {
  const restoreSink = setLogSink(() => undefined);
  const server = await startDynalite();
  const dbEnv = { ...env, DYNAMO_ENDPOINT: server.endpoint };
  const config = loadConfig(dbEnv);
  const deps = buildDeps(config);
  try {
    await ensureTable(deps.db);
    await seedAll(deps);
    const token = await signToken(config, systemClock, 'demo-staff');
    const requests = Object.fromEntries(
      Object.entries(DB_REQUESTS).map(([k, [method, path, asStaff]]) => [k, [method, path, asStaff ? token : '']]),
    );
    for (const k of Object.keys(files)) if (!requests[k]) throw new Error(`no first-DB route for ${k} in DB_REQUESTS`);
    return await measure(files, dbEnv, requests);
  } finally {
    deps.db.doc.destroy();
    await server.close();
    setLogSink(restoreSink);
  }
}

if (require.main === module) {
  benchColdLoad({ externalSdk: process.argv.includes('--external-sdk'), codeCache: !process.argv.includes('--no-code-cache') }).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
