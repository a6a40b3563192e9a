import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { bundleFunction, markTopLevelCallsPure } from '../../scripts/package-functions';
import { startTestStore, TEST_CURSOR_SECRET, TEST_TOKEN_SECRET, type TestStore } from '../../tests/helpers/dynamo';
import { functionNames } from '../lib/tayuan-stack';

/**
 * The bundles `npm run package` makes (trimmed mime-db and zod locales, the secrets
 * wrapper as entry) really serve requests: each one runs in a fresh node process
 * against dynalite, as Lambda would run it.
 */
const ROOT = resolve(__dirname, '../..');
const run = promisify(execFile);
jest.setTimeout(120_000);

interface Call {
  method: string;
  url: string;
  body?: string;
  auth?: boolean;
}
interface Reply {
  status: number;
  body: { error?: { code: string; fields?: unknown[] } } & Record<string, unknown>;
  contentType?: string;
  loaded: string[];
}

let store: TestStore;
let outDir: string;
beforeAll(async () => {
  store = await startTestStore();
  outDir = mkdtempSync(join(tmpdir(), 'tayuan-bundles-'));
});
afterAll(() => store.close());

async function invoke(name: string, calls: Call[]): Promise<Reply[]> {
  return (await invokeWithLog(name, calls)).replies;
}

/** Bundles the function (optionally spoiling its main.js code cache), runs the calls, returns the replies and stdout. */
async function invokeWithLog(name: string, calls: Call[], opts: { spoilCache?: boolean } = {}): Promise<{ replies: Reply[]; stdout: string }> {
  const { file } = await bundleFunction(name, { outDir });
  if (opts.spoilCache) {
    const cache = join(outDir, name, 'main.js.cache');
    const bytes = readFileSync(cache);
    bytes.fill(7, 0, 64);
    writeFileSync(cache, bytes);
  }
  const env = {
    PATH: process.env.PATH,
    NODE_NO_WARNINGS: '1',
    AWS_REGION: 'cn-northwest-1',
    TABLE_NAME: store.deps.db.table,
    DYNAMO_ENDPOINT: store.deps.config.dynamoEndpoint,
    AUTH_MODE: 'local',
    TOKEN_SECRET: TEST_TOKEN_SECRET,
    CURSOR_SECRET: TEST_CURSOR_SECRET,
    FIELD_KEY: store.deps.config.fieldKey,
  };
  const { stdout } = await run(process.execPath, [join(__dirname, 'invoke-bundle.js'), file, JSON.stringify(calls)], { env });
  const line = stdout.split('\n').find((l) => l.startsWith('REPLIES '));
  return { replies: JSON.parse(line?.slice(8) ?? 'null') as Reply[], stdout };
}

const present = functionNames().filter((n) => existsSync(join(ROOT, 'functions', n, 'handler.ts')));

describe('the packaged auth bundle', () => {
  it('answers health, signs in, reads the profile, and rejects bad JSON and bad input with JSON errors', async () => {
    const [health, login, me, badJson, invalid] = await invoke('auth', [
      { method: 'GET', url: '/api/health' },
      { method: 'POST', url: '/api/auth/login', body: JSON.stringify({ code: 'local:bundle-tester' }) },
      { method: 'GET', url: '/api/me', auth: true },
      { method: 'POST', url: '/api/auth/login', body: '{"code":' },
      { method: 'POST', url: '/api/auth/login', body: JSON.stringify({ code: 42, extra: true }) },
    ]);

    expect(health).toMatchObject({ status: 200, body: { ok: true } });
    expect(health.contentType).toMatch(/^application\/json/);
    expect(login.status).toBe(200);
    expect(me).toMatchObject({ status: 200, body: { role: 'resident' } });
    expect(badJson).toMatchObject({ status: 400, body: { error: { code: 'INVALID_JSON' } } });
    expect(invalid).toMatchObject({ status: 400, body: { error: { code: 'VALIDATION_FAILED' } } });
    expect(invalid.body.error?.fields?.length).toBeGreaterThan(0);
  });

  it('loads the SDK and jose only when a request needs the database or a token', async () => {
    const [health, login, me] = await invoke('auth', [
      { method: 'GET', url: '/api/health' },
      { method: 'POST', url: '/api/auth/login', body: JSON.stringify({ code: 'local:lazy-tester' }) },
      { method: 'GET', url: '/api/me', auth: true },
    ]);

    expect(health.loaded).toEqual(['index.js', 'main.js']);
    expect(login).toMatchObject({ status: 200, loaded: ['index.js', 'jose.js', 'main.js', 'sdk.js'] });
    expect(me).toMatchObject({ status: 200, body: { role: 'resident' } });
  });
});

describe('the packaged qa bundle', () => {
  it('loads minisearch only when a search runs, on an empty store too', async () => {
    const [topics, search] = await invoke('qa', [
      { method: 'GET', url: '/api/qa/topics' },
      { method: 'GET', url: '/api/qa/articles?q=%E7%A6%BB%E5%A9%9A' },
    ]);

    expect(topics).toMatchObject({ status: 200, loaded: ['index.js', 'main.js', 'sdk.js'] });
    expect(search).toMatchObject({ status: 200, loaded: ['index.js', 'main.js', 'minisearch.js', 'sdk.js'] });
  });
});

describe('the V8 code cache made when packaging', () => {
  it('is written for main.js and the chunks, and this node accepts it', async () => {
    const { replies, stdout } = await invokeWithLog('auth', [{ method: 'POST', url: '/api/auth/login', body: JSON.stringify({ code: 'local:cache-tester' }) }]);

    expect(replies[0].status).toBe(200);
    for (const f of ['main.js', 'sdk.js', 'jose.js']) expect(existsSync(join(outDir, 'auth', `${f}.cache`))).toBe(true);
    expect(stdout).not.toContain('code-cache-rejected');
  });

  it('is refused when it does not fit, and the function still answers, compiled from source', async () => {
    const { replies, stdout } = await invokeWithLog('auth', [{ method: 'GET', url: '/api/health' }], { spoilCache: true });

    expect(replies[0]).toMatchObject({ status: 200, body: { ok: true } });
    expect(stdout).toContain('"msg":"code-cache-rejected","file":"main.js"');
  });
});

describe.each(present)('the packaged %s bundle', (name) => {
  it('answers a route it does not serve with the JSON 404', async () => {
    const [miss] = await invoke(name, [{ method: 'GET', url: '/api/no-such-route' }]);

    expect(miss).toMatchObject({ status: 404, body: { error: { code: 'NOT_FOUND' } } });
  });
});

describe('markTopLevelCallsPure (shared/*.ts when packaging)', () => {
  it('marks the calls of top-level initializers only, never a call inside a function or a statement', () => {
    const source = [
      "export const a = z.object({ b: z.string().min(1) }).strict();",
      'export const c = (x: string) => x.trim();',
      'const d = [1, 2].map((n) => String(n));',
      'register(a);',
      'export function e() { return f(); }',
    ].join('\n');
    const out = markTopLevelCallsPure(source, 'x.ts');

    expect(out).toContain('export const a = /* @__PURE__ */ z.object({ b: /* @__PURE__ */ z.string().min(1) }).strict();');
    expect(out).toContain('export const c = (x: string) => x.trim();');
    expect(out).toContain('const d = /* @__PURE__ */ [1, 2].map((n) => String(n));');
    expect(out).toContain('\nregister(a);');
    expect(out).toContain('{ return f(); }');
  });
});
