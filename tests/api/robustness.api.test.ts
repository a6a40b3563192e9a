import fc from 'fast-check';
import { lambda, signIn } from '../helpers/http';
import { startTestStore, type TestStore } from '../helpers/dynamo';
import { buildAllApps } from '../../functions/local/apps';
import { seedAccounts } from '../../functions/local/seed';
import { ROUTES, type FunctionName } from '../../functions/routes';

/**
 * Whatever a person (or a broken client) sends, no route answers 500: bad input is a
 * 4xx with the error shape. Every route of the route table, with each kind of caller,
 * gets arbitrary JSON bodies, query strings and path ids.
 */
let store: TestStore;
let calls: Record<FunctionName, ReturnType<typeof lambda>>;
const tokens: Record<string, string | undefined> = { anonymous: undefined };

beforeAll(async () => {
  store = await startTestStore();
  await seedAccounts(store.deps);
  const apps = buildAllApps(store.deps);
  calls = Object.fromEntries(Object.entries(apps).map(([name, app]) => [name, lambda(app)])) as typeof calls;
  for (const handle of ['resident', 'volunteer', 'staff']) tokens[handle] = (await signIn(store.deps, handle)).token;
});
afterAll(() => store.close());

const routes = (Object.entries(ROUTES) as [FunctionName, (typeof ROUTES)[FunctionName]][]).flatMap(([fn, list]) =>
  list.map((r) => ({ fn, ...r })),
);

const pathId = fc.oneof(fc.constantFrom('x', 'seed-job-001', '..', '%00', 'a'.repeat(80)), fc.string({ maxLength: 20 }));
const queryString = fc
  .dictionary(fc.constantFrom('limit', 'cursor', 'q', 'city', 'topic', 'from', 'to', 'mode', 'status', 'salaryMin', 'x'), fc.string({ maxLength: 30 }))
  .map((d) => new URLSearchParams(d).toString());

describe.each(routes)('$method $path', ({ fn, method, path }) => {
  it('never answers 500 to arbitrary input from any caller', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...Object.keys(tokens)),
        pathId,
        queryString,
        fc.oneof(fc.jsonValue(), fc.string({ maxLength: 40 }).map((raw) => ({ raw }))),
        async (who, id, qs, body) => {
          const url = path.replace(/:[A-Za-z]+/g, encodeURIComponent(id) || 'x') + (qs ? `?${qs}` : '');
          const opts = typeof body === 'object' && body !== null && 'raw' in body && Object.keys(body).length === 1
            ? { rawBody: String((body as { raw: string }).raw) }
            : { body };
          const res = await calls[fn](method, url, { token: tokens[who], ...(method === 'GET' ? {} : opts) });
          expect(res.status).toBeLessThan(500);
          if (res.status >= 400) expect(typeof res.body?.error?.code).toBe('string');
        },
      ),
      { numRuns: 12 },
    );
  });
});
