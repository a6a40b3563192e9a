import serverless from 'serverless-http';
import type Koa from 'koa';
import type { Deps } from '../../functions/platform/deps';
import { buildAuthApp } from '../../functions/auth/app';
import { SERVERLESS_OPTIONS } from '../../functions/platform/http';

type Handler = ReturnType<typeof serverless>;

export interface CallOptions {
  token?: string;
  body?: unknown;
  /** Sent as is, for malformed JSON and size tests; a Buffer goes base64-encoded, as API Gateway sends binary bodies. */
  rawBody?: string | Buffer;
  headers?: Record<string, string>;
}

export interface CallResult<T = any> {
  status: number;
  body: T;
  headers: Record<string, string>;
}

/**
 * Drives a real Koa app through its serverless-http handler with an API Gateway
 * HTTP API (payload 2.0) event, as Lambda would.
 */
export function lambda(app: Koa) {
  const handler: Handler = serverless(app, SERVERLESS_OPTIONS);
  return async function call<T = any>(method: string, url: string, opts: CallOptions = {}): Promise<CallResult<T>> {
    const [rawPath, rawQueryString = ''] = url.split('?');
    const binary = Buffer.isBuffer(opts.rawBody);
    const raw = opts.rawBody ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body));
    const headers: Record<string, string> = { ...(opts.headers ?? {}) };
    if (raw !== undefined) {
      headers['content-type'] ??= 'application/json';
      headers['content-length'] = String(Buffer.byteLength(raw));
    }
    const body = Buffer.isBuffer(raw) ? raw.toString('base64') : raw;
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    const event = {
      version: '2.0',
      routeKey: '$default',
      rawPath,
      rawQueryString,
      headers,
      requestContext: { http: { method, path: rawPath, sourceIp: '127.0.0.1' }, requestId: 'test' },
      body,
      isBase64Encoded: binary,
    };
    const res = (await handler(event, {})) as {
      statusCode: number;
      body: string;
      headers: Record<string, string>;
      isBase64Encoded?: boolean;
    };
    // Binary responses (spreadsheets) come back as a Buffer.
    if (res.isBase64Encoded) {
      return { status: res.statusCode, body: Buffer.from(res.body, 'base64') as T, headers: res.headers ?? {} };
    }
    let parsed: unknown = res.body;
    try {
      parsed = res.body ? JSON.parse(res.body) : undefined;
    } catch {
      // Non-JSON bodies are returned as text so a test can assert on them.
    }
    return { status: res.statusCode, body: parsed as T, headers: res.headers ?? {} };
  };
}

/** Signs in through the real auth handler with a local code and returns the token. */
export async function signIn(deps: Deps, handle: string): Promise<{ token: string; userId: string }> {
  const res = await lambda(buildAuthApp(deps))('POST', '/api/auth/login', { body: { code: `local:${handle}` } });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status}`);
  return { token: res.body.token, userId: res.body.user.id };
}
