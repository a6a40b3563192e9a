import { lambda, signIn } from '../helpers/http';
import { startTestStore, type TestStore } from '../helpers/dynamo';
import { buildAuthApp } from '../../functions/auth/app';
import { SENSITIVE_INFO_CONSENT_VERSION } from '../../shared/auth';
import { loadConfig } from '../../functions/platform/config';

let store: TestStore;
let call: ReturnType<typeof lambda>;

beforeAll(async () => {
  store = await startTestStore();
  call = lambda(buildAuthApp(store.deps));
});
afterAll(() => store.close());

describe('GET /api/health', () => {
  it('answers ok to anyone', async () => {
    const res = await call('GET', '/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ok: true });
  });
});

describe('POST /api/auth/login', () => {
  it('signs in a new resident with a local code and returns a token', async () => {
    const res = await call('POST', '/api/auth/login', { body: { code: 'local:newcomer' } });
    expect(res.status).toBe(200);
    expect(res.body.user.role).toBe('resident');
    expect(typeof res.body.token).toBe('string');
    expect(JSON.stringify(res.body)).not.toMatch(/session_?key/i);
  });

  it('returns the same user for the same handle', async () => {
    const a = await signIn(store.deps, 'same-person');
    const b = await signIn(store.deps, 'same-person');
    expect(a.userId).toBe(b.userId);
  });

  it('makes one user when the same first login arrives 20 times at once', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => signIn(store.deps, 'racer')));
    expect(new Set(results.map((r) => r.userId)).size).toBe(1);
  });

  it('rejects a local code unless AUTH_MODE=local is set', async () => {
    const wechatDeps = store.with({
      config: { ...store.deps.config, authMode: 'wechat' },
    });
    const res = await lambda(buildAuthApp(wechatDeps))('POST', '/api/auth/login', { body: { code: 'local:staff' } });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('LOGIN_FAILED');
  });

  it('refuses to load configuration for WeChat mode without appid and secret', () => {
    expect(() => loadConfig({ TOKEN_SECRET: 'x', CURSOR_SECRET: 'c', FIELD_KEY: 'y' })).toThrow(/WECHAT_APPID/);
  });

  it('answers 400 INVALID_JSON to a malformed body', async () => {
    const res = await call('POST', '/api/auth/login', { rawBody: '{"code":' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('INVALID_JSON');
  });

  it('answers 400 VALIDATION_FAILED naming an unknown field', async () => {
    const res = await call('POST', '/api/auth/login', { body: { code: 'local:a', role: 'staff' } });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    expect(res.body.error.fields[0].message).toContain('role');
  });

  it('answers 413 to a body over 64 KiB', async () => {
    const res = await call('POST', '/api/auth/login', { body: { code: 'x'.repeat(70 * 1024) } });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('PAYLOAD_TOO_LARGE');
  });
});

describe('GET /api/me', () => {
  it('answers 401 without a token', async () => {
    const res = await call('GET', '/api/me');
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('UNAUTHENTICATED');
  });

  it('answers 401 to a forged token', async () => {
    const res = await call('GET', '/api/me', { token: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.bad' });
    expect(res.status).toBe(401);
  });

  it('returns the own profile with consents', async () => {
    const { token } = await signIn(store.deps, 'consenting');
    const given = await call('POST', '/api/me/consents', {
      token,
      body: { kind: 'sensitive-info', version: SENSITIVE_INFO_CONSENT_VERSION },
    });
    expect(given.status).toBe(201);
    const me = await call('GET', '/api/me', { token });
    expect(me.status).toBe(200);
    expect(me.body.consents).toEqual([
      expect.objectContaining({ kind: 'sensitive-info', version: SENSITIVE_INFO_CONSENT_VERSION }),
    ]);
  });
});

describe('consent versions', () => {
  it('lists the consent still needed, refuses another version with the current one, and accepts the current one', async () => {
    const { token } = await signIn(store.deps, 'consent-version');
    const before = await call('GET', '/api/me', { token });
    expect(before.body.consentsNeeded).toEqual([{ kind: 'sensitive-info', version: SENSITIVE_INFO_CONSENT_VERSION }]);

    const stale = await call('POST', '/api/me/consents', { token, body: { kind: 'sensitive-info', version: '2020-01' } });
    expect(stale.status).toBe(400);
    expect(stale.body.error.fields).toEqual([expect.objectContaining({ path: 'version' })]);
    expect(stale.body.error.consent).toEqual({ kind: 'sensitive-info', version: SENSITIVE_INFO_CONSENT_VERSION });
    expect((await call('GET', '/api/me', { token })).body.consents).toEqual([]);

    const current = await call('POST', '/api/me/consents', { token, body: stale.body.error.consent });
    expect(current.status).toBe(201);
    expect(current.body.consentsNeeded).toEqual([]);
  });
});

describe('unknown routes', () => {
  it('answers 404 with the error shape', async () => {
    const res = await call('GET', '/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('NOT_FOUND');
  });
});
