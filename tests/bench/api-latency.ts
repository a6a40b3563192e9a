import type { AddressInfo } from 'node:net';
import { measureStoreReads, type StoreReadRow } from './store-reads';
import { startBenchGateway } from './bench-gateway';
import { buildFloor, FLOOR_PATHS } from './api-floor';
import { round2 } from './stats';

interface AutocannonResult {
  latency: { p50: number; p90: number; p99: number; max: number; average: number };
  requests: { average: number; total: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
type Autocannon = ((opts: Record<string, unknown>) => Promise<AutocannonResult>) & {
  /** Pools runs made with `skipAggregateResult: true` into one result (their latency histograms added). */
  aggregateResult(results: unknown[], opts?: Record<string, unknown>): AutocannonResult;
};

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
/** The floor comparison runs at 20 connections (issue #10: app p99 at most 1.2× the floor's). */
const FLOOR_CONNECTIONS = Number(process.env.BENCH_FLOOR_CONNECTIONS ?? 20);
const FLOOR_SECONDS = Number(process.env.BENCH_FLOOR_SECONDS ?? 2);
/** Rounds of app then floor (after a warm-up run of each); the p99s of all rounds pooled are compared. */
const FLOOR_ROUNDS = Number(process.env.BENCH_FLOOR_ROUNDS ?? 12);
const FLOOR_BUDGET = 1.2;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

export interface FloorRow {
  path: string;
  connections: number;
  appP99Ms: number;
  floorP99Ms: number;
  p99Ratio: number;
  appRequestsPerSecond: number;
  floorRequestsPerSecond: number;
  /** Each round's own p99, in the order run (the ratio is of the pooled p99s above). */
  rounds: { appP99Ms: number; floorP99Ms: number }[];
}

export interface ApiLatency {
  floor: FloorRow[];
  /** Items read and capacity consumed by one request of each main list route. */
  storeReads: StoreReadRow[];
  path: string;
  connections: number;
  seconds: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  requestsPerSecond: number;
  non2xx: number;
  errors: number;
}

export async function benchApiLatency(path = '/api/jobs'): Promise<ApiLatency> {
  console.log(`\n## GET ${path} latency — local gateway over in-memory dynalite, ${CONNECTIONS} connections × ${SECONDS} s, loopback`);
  const { deps, config, port, close } = await startBenchGateway();
  try {
    const probe = await fetch(`http://127.0.0.1:${port}${path}`);
    const items = ((await probe.json()) as { items?: unknown[] }).items?.length ?? 0;
    console.log(`   one request: status ${probe.status}, ${items} items`);
    // Latency of an error page says nothing about the endpoint: stop rather than print it.
    if (probe.status !== 200) throw new Error(`GET ${path} answered ${probe.status}; not measuring it`);
    const storeReads = await measureStoreReads(deps.db.doc, config, port);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const autocannon = require('autocannon') as Autocannon;
    const r = await autocannon({ url: `http://127.0.0.1:${port}${path}`, connections: CONNECTIONS, duration: SECONDS });
    console.log(
      `   p50 ${r.latency.p50} ms · p90 ${r.latency.p90} ms · p99 ${r.latency.p99} ms · max ${r.latency.max} ms · ` +
        `${r.requests.average.toFixed(0)} req/s (${r.requests.total} requests, ${r.non2xx} non-2xx, ${r.errors} errors)`,
    );
    const floor = await measureAgainstFloor(autocannon, deps, port);
    return {
      floor,
      storeReads,
      path,
      connections: CONNECTIONS,
      seconds: SECONDS,
      p50Ms: r.latency.p50,
      p90Ms: r.latency.p90,
      p99Ms: r.latency.p99,
      requestsPerSecond: Math.round(r.requests.average),
      non2xx: r.non2xx,
      errors: r.errors,
    };
  } finally {
    await close();
  }
}

/**
 * App (the gateway, as `npm start` serves it) against the bare Koa floor on the same dynalite,
 * path by path: a warm-up run of each, then FLOOR_ROUNDS short rounds of app then floor, so
 * every counted run follows a run on the other server; each side's p99 is taken over all its
 * rounds pooled (autocannon adds their latency histograms).
 * Why so: a run that followed a run on the same server was the slow one whichever side it was
 * (on /api/slots ~120 ms against ~65 ms; the earlier order floor-app, app-floor, … put two
 * runs of a side back to back in turn), and one round's p99 jumped between two levels; pooled,
 * a slow stretch counts as often as it happens instead of deciding a median of three.
 */
async function measureAgainstFloor(autocannon: Autocannon, deps: Parameters<typeof buildFloor>[0], appPort: number): Promise<FloorRow[]> {
  const floorServer = buildFloor(deps).listen(0, '127.0.0.1');
  await new Promise<void>((r) => floorServer.once('listening', () => r()));
  const floorPort = (floorServer.address() as AddressInfo).port;
  console.log(
    `\n## App vs floor (bare Koa, same store calls, same dynalite), ${FLOOR_CONNECTIONS} connections, a warm-up run each, then ${FLOOR_ROUNDS} rounds of app then floor × ${FLOOR_SECONDS} s, p99 of the rounds pooled, budget ${FLOOR_BUDGET}×`,
  );
  const rows: FloorRow[] = [];
  try {
    for (const path of FLOOR_PATHS) {
      for (const port of [appPort, floorPort]) {
        const probe = await fetch(`http://127.0.0.1:${port}${path}`);
        if (probe.status !== 200) throw new Error(`GET ${path} answered ${probe.status} on port ${port}; not measuring it`);
      }
      const opts = (side: 'app' | 'floor') => ({
        url: `http://127.0.0.1:${side === 'app' ? appPort : floorPort}${path}`,
        connections: FLOOR_CONNECTIONS,
        duration: FLOOR_SECONDS,
      });
      /** One run, its latency histogram kept for pooling. */
      const run = (side: 'app' | 'floor') => autocannon({ ...opts(side), skipAggregateResult: true }) as Promise<unknown>;
      // Warm-up, not counted: the path's first runs on each side.
      await run('app');
      await run('floor');
      const raws: { app: unknown; floor: unknown }[] = [];
      for (let i = 0; i < FLOOR_ROUNDS; i++) {
        const app = await run('app');
        raws.push({ app, floor: await run('floor') });
      }
      const app = autocannon.aggregateResult(raws.map((r) => r.app), opts('app'));
      const floor = autocannon.aggregateResult(raws.map((r) => r.floor), opts('floor'));
      const failed = app.non2xx + app.errors + floor.non2xx + floor.errors;
      if (failed > 0) throw new Error(`GET ${path}: ${failed} requests failed under load; not comparing`);
      const p99 = (raw: unknown, side: 'app' | 'floor') => autocannon.aggregateResult([raw], opts(side)).latency.p99;
      const rounds = raws.map((r) => ({ appP99Ms: p99(r.app, 'app'), floorP99Ms: p99(r.floor, 'floor') }));
      const appRps = app.requests.total / (FLOOR_ROUNDS * FLOOR_SECONDS);
      const floorRps = floor.requests.total / (FLOOR_ROUNDS * FLOOR_SECONDS);
      const ratio = app.latency.p99 / floor.latency.p99;
      rows.push({
        path,
        connections: FLOOR_CONNECTIONS,
        appP99Ms: app.latency.p99,
        floorP99Ms: floor.latency.p99,
        p99Ratio: round2(ratio),
        appRequestsPerSecond: Math.round(appRps),
        floorRequestsPerSecond: Math.round(floorRps),
        rounds,
      });
      const each = rounds.map((r) => `${r.appP99Ms}/${r.floorP99Ms}`).join(' ');
      console.log(
        `   GET ${decodeURIComponent(path).padEnd(24)} app p99 ${app.latency.p99} ms (${appRps.toFixed(0)} req/s) · floor p99 ${floor.latency.p99} ms (${floorRps.toFixed(0)} req/s) · ${ratio.toFixed(2)}× ${ratio <= FLOOR_BUDGET ? 'ok' : 'OVER'}  (each round's p99, app/floor ms: ${each})`,
      );
    }
  } finally {
    await new Promise<void>((r) => floorServer.close(() => r()));
  }
  return rows;
}

if (require.main === module) {
  benchApiLatency().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
