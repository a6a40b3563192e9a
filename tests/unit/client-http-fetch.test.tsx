/**
 * @jest-environment node
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type * as Http from '../../client/api/http';
import type * as Session from '../../client/api/session';

/*
 * The H5 transport of client/api/http.ts: the browser's fetch (TARO_ENV=h5), against a small
 * local HTTP server. The weapp transport (Taro.request) is covered by client-http.test.tsx.
 */

let server: Server;
let base: string;
let http: typeof Http;
// From the same module registry as `http` (isolateModules), so both see one stored sign-in.
let session: typeof Session;
const seen: { method?: string; url?: string; headers?: IncomingMessage['headers']; body?: string }[] = [];

const anything: Http.Check<unknown> = { safeParse: (data) => ({ success: true, data }) };
const aRecord: Http.Check<Record<string, unknown>> = {
  safeParse: (data) =>
    typeof data === 'object' && data !== null ? { success: true, data: data as Record<string, unknown> } : { success: false },
};

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      const body = raw.toString('utf8');
      seen.push({ method: req.method, url: req.url, headers: req.headers, body });
      const path = (req.url ?? '').split('?')[0];
      if (path === '/api/bytes') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ bytes: [...raw], type: req.headers['content-type'] }));
      } else if (path === '/api/echo') {
        res.writeHead(201, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ got: body ? JSON.parse(body) : null }));
      } else if (path === '/api/refused') {
        res.writeHead(400, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { code: 'VALIDATION_FAILED', message: 'x', fields: [{ path: 'phone', message: '请填写 11 位手机号码' }] } }));
      } else if (path === '/api/gateway-page') {
        res.writeHead(502, { 'content-type': 'text/html' });
        res.end('<html>Bad Gateway</html>');
      } else if (path === '/api/not-json') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('hello');
      } else if (path === '/api/nothing') {
        res.writeHead(204);
        res.end();
      } else {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ ok: true }));
      }
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.env.TARO_ENV = 'h5';
  process.env.TARO_APP_API_BASE = base;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    http = require('../../client/api/http');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    session = require('../../client/api/session');
  });
});

afterAll(async () => {
  delete process.env.TARO_ENV;
  delete process.env.TARO_APP_API_BASE;
  await new Promise((done) => server.close(done));
});

beforeEach(() => {
  seen.length = 0;
  session.clearSession();
});

describe('client/api request over fetch (H5)', () => {
  it('sends the method, the query, the bearer token and a JSON body, and returns the parsed answer', async () => {
    session.saveSession('tok-9', { id: 'demo-resident', role: 'resident', displayName: '居民小林' });

    const answer = await http.request({ method: 'POST', path: '/api/echo', query: { a: 1, b: '' }, body: { name: '林' }, schema: aRecord });

    expect(answer).toEqual({ got: { name: '林' } });
    expect(seen[0]).toMatchObject({ method: 'POST', url: '/api/echo?a=1' });
    expect(seen[0].headers?.authorization).toBe('Bearer tok-9');
    expect(seen[0].headers?.['content-type']).toBe('application/json');
  });

  it('sends bytes (a spreadsheet upload) as they are, with the type the caller names', async () => {
    const sheet = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff, 0x00, 0x10]).buffer;

    const got = await http.request({
      method: 'POST',
      path: '/api/bytes',
      body: sheet,
      headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
      schema: aRecord,
    });

    expect(got).toEqual({
      bytes: [0x50, 0x4b, 0x03, 0x04, 0xff, 0x00, 0x10],
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
  });

  it('sends no body and no token on a signed-out GET', async () => {
    await http.request({ path: '/api/ok', schema: aRecord });

    expect(seen[0]).toMatchObject({ method: 'GET', body: '' });
    expect(seen[0].headers?.authorization).toBeUndefined();
  });

  it('turns the error envelope into an ApiError with its code and fields', async () => {
    const failure = await http.request({ method: 'POST', path: '/api/refused', body: {}, schema: anything }).catch((e: unknown) => e);

    expect(failure).toBeInstanceOf(http.ApiError);
    expect(failure).toMatchObject({ code: 'VALIDATION_FAILED', status: 400, fields: [{ path: 'phone' }] });
  });

  it('reports a page that is not JSON as BAD_RESPONSE, whatever its status', async () => {
    await expect(http.request({ path: '/api/gateway-page', schema: anything })).rejects.toMatchObject({ code: 'BAD_RESPONSE', status: 502 });
    await expect(http.request({ path: '/api/not-json', schema: aRecord })).rejects.toMatchObject({ code: 'BAD_RESPONSE', status: 200 });
  });

  it('hands an empty 204 to the schema as undefined', async () => {
    const got = await http.request({ method: 'DELETE', path: '/api/nothing', schema: anything });

    expect(got).toBeUndefined();
  });

  it('reports a server that cannot be reached as NETWORK', async () => {
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((done) => closed.close(done));
    process.env.TARO_APP_API_BASE = `http://127.0.0.1:${port}`;
    try {
      await expect(http.request({ path: '/api/ok', schema: anything })).rejects.toMatchObject({ code: 'NETWORK', status: 0 });
    } finally {
      process.env.TARO_APP_API_BASE = base;
    }
  });
});
