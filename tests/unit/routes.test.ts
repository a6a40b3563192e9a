import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type Koa from 'koa';
import type Router from '@koa/router';
import { matchRoute, ROUTES, type FunctionName, type RouteSpec } from '../../functions/routes';
import type { Deps } from '../../functions/platform/deps';
import { startTestStore, type TestStore } from '../helpers/dynamo';
import { lambda } from '../helpers/http';

/**
 * Each function's Koa router registers exactly its entries of functions/routes.ts —
 * the table the local gateway dispatches by and the CDK stack wires to Lambdas.
 * Checked twice: by reading the router's layers, and by sending every route through
 * the real app and seeing that it reaches a handler rather than falling through.
 */
const ROOT = resolve(__dirname, '../..');
const MISS_HEADER = 'x-route-miss';

const appBuilderName = (fn: string) => `build${fn[0].toUpperCase()}${fn.slice(1)}App`;

function loadBuilder(fn: FunctionName): ((deps: Deps) => Koa) | null {
  if (!existsSync(join(ROOT, 'functions', fn, 'app.ts'))) return null;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(`../../functions/${fn}/app`) as Record<string, unknown>;
  const build = mod[appBuilderName(fn)];
  return typeof build === 'function' ? (build as (deps: Deps) => Koa) : null;
}

const built = (Object.keys(ROUTES) as FunctionName[]).map((fn) => [fn, loadBuilder(fn)] as const);
const present = built.filter(([, b]) => b !== null).map(([fn]) => fn);

/** The router mounted in the app: @koa/router sets `.router` on its dispatch middleware. */
function routerOf(app: Koa): Router {
  const dispatch = app.middleware.find((mw) => (mw as { router?: unknown }).router !== undefined);
  if (!dispatch) throw new Error('no @koa/router in the app');
  return (dispatch as unknown as { router: Router }).router;
}

const key = (r: RouteSpec) => `${r.method} ${r.path}`;
const samplePath = (path: string) => path.replace(/:[A-Za-z]+/g, 'probe-id-1');

let store: TestStore;
beforeAll(async () => {
  store = await startTestStore();
});
afterAll(() => store.close());

/** The app with one extra last middleware, reached only when no route matched. */
function probedApp(fn: FunctionName): Koa {
  const build = built.find(([name]) => name === fn)?.[1];
  if (!build) throw new Error(`${fn} has no app`);
  const app = build(store.deps);
  app.use((ctx) => {
    ctx.set(MISS_HEADER, '1');
  });
  return app;
}

describe('the route table', () => {
  it('has at least the auth app to check', () => {
    expect(present).toContain('auth');
  });

  it('sends every entry to its own function through the local gateway matcher', () => {
    for (const [fn, routes] of Object.entries(ROUTES)) {
      for (const r of routes) expect(`${key(r)} → ${matchRoute(r.method, samplePath(r.path))}`).toBe(`${key(r)} → ${fn}`);
    }
  });

  it('gives no route to two functions', () => {
    const all = Object.values(ROUTES).flat().map(key);
    expect(new Set(all).size).toBe(all.length);
  });
});

describe.each(present)('the %s router', (fn) => {
  it('registers exactly its routes from functions/routes.ts', () => {
    const layers = routerOf(probedApp(fn)).stack.filter((l) => l.methods.length > 0);
    const registered = layers.flatMap((l) => l.methods.filter((m) => m !== 'HEAD').map((m) => `${m} ${String(l.path)}`));

    expect([...registered].sort()).toEqual(ROUTES[fn].map(key).sort());
  });

  it('reaches a handler for every one of its routes', async () => {
    const call = lambda(probedApp(fn));
    for (const r of ROUTES[fn]) {
      const res = await call(r.method, samplePath(r.path), r.method === 'GET' || r.method === 'DELETE' ? {} : { body: {} });
      expect(`${key(r)}: ${res.headers[MISS_HEADER] ?? 'handled'}`).toBe(`${key(r)}: handled`);
      expect(res.status).toBeLessThan(500);
    }
  });

  it("falls through to the JSON 404 for other functions' routes and unknown paths", async () => {
    const call = lambda(probedApp(fn));
    const others = (Object.entries(ROUTES) as [FunctionName, RouteSpec[]][])
      .filter(([other]) => other !== fn)
      .flatMap(([, routes]) => routes)
      .filter((r) => !ROUTES[fn].some((own) => own.method === r.method && matchRoute(r.method, samplePath(r.path)) === fn));
    const probes: RouteSpec[] = [...others, { method: 'GET', path: '/api/no-such-route' }, { method: 'DELETE', path: '/api/health' }];
    for (const r of probes) {
      const res = await call(r.method, samplePath(r.path));
      expect(`${key(r)}: ${res.headers[MISS_HEADER] ?? 'handled'}`).toBe(`${key(r)}: 1`);
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('NOT_FOUND');
    }
  });
});
