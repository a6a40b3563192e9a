import Taro from '@tarojs/taro';
import { ERRORS, type ErrorCode, type FieldIssue } from '../../shared/errors';
import { endSessionIf, readToken } from './session';

/** Codes the client adds for failures that never reached the API. */
export type ClientErrorCode = ErrorCode | 'NETWORK' | 'BAD_RESPONSE';

const CLIENT_MESSAGES: Record<Exclude<ClientErrorCode, ErrorCode>, string> = {
  NETWORK: '网络不太好，请检查网络后再试',
  BAD_RESPONSE: '系统出了点问题，请稍后再试',
};

/** A failed request as pages see it: the code decides what to show, never the raw body. */
export class ApiError extends Error {
  constructor(
    readonly code: ClientErrorCode,
    readonly status: number,
    readonly fields: FieldIssue[] = [],
  ) {
    super(messageForCode(code));
    this.name = 'ApiError';
  }
}

export function messageForCode(code: ClientErrorCode): string {
  if (code in CLIENT_MESSAGES) return CLIENT_MESSAGES[code as keyof typeof CLIENT_MESSAGES];
  return code in ERRORS ? ERRORS[code as ErrorCode].message : ERRORS.INTERNAL.message;
}

/** What to tell a person about any thrown value. */
export function errorText(e: unknown): string {
  return e instanceof ApiError ? e.message : messageForCode('BAD_RESPONSE');
}

/**
 * How responses are checked — the pattern for every file in client/api/ (README, perf):
 *
 * - `client/api/<feature>.ts` passes the shared zod schema of the response (`schema: jobPosting`).
 *   Only subpackage pages (client/packages/**) import these files, so zod loads with a
 *   subpackage, never with the weapp main package.
 * - The main package (tab pages, client/components, client/session, client/utils, app.ts) calls
 *   the API only through `client/api/main.ts`, which imports shared types with `import type`
 *   and checks responses with the zod-free guards in `client/api/check.ts` (envelope and field
 *   types). ESLint refuses a runtime import of zod or a schema module there, and
 *   tests/unit/weapp-size.test.ts fails when zod reaches the main package.
 *
 * A new feature: add `client/api/<feature>.ts` on the first pattern; if a tab page needs a call,
 * add it to `main.ts` with a guard from `check.ts`.
 */
export interface Check<T> {
  safeParse(data: unknown): { success: boolean; data?: T };
}

interface ErrorBody {
  error: { code: string; message: string; fields?: FieldIssue[] };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The error envelope of DESIGN.md, checked without a schema library (http.ts loads with the main package). */
function readErrorBody(data: unknown): ErrorBody | null {
  if (!isRecord(data) || !isRecord(data.error)) return null;
  const { code, message, fields } = data.error;
  if (typeof code !== 'string' || typeof message !== 'string') return null;
  if (fields === undefined) return { error: { code, message } };
  if (!Array.isArray(fields)) return null;
  const ok = fields.every((f) => isRecord(f) && typeof f.path === 'string' && typeof f.message === 'string');
  return ok ? { error: { code, message, fields: fields as FieldIssue[] } } : null;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
export type Query = Record<string, string | number | undefined | null>;

export interface RequestOptions<T> {
  method?: Method;
  path: string;
  query?: Query;
  body?: unknown;
  headers?: Record<string, string>;
  /** The shared schema (or a guard from check.ts) of a successful response; anything else is BAD_RESPONSE. */
  schema: Check<T>;
}

/** H5 runs on the gateway's origin; weapp needs the deployed HTTPS base (TARO_APP_API_BASE). */
export function apiBase(): string {
  return process.env.TARO_APP_API_BASE ?? '';
}

export function buildUrl(path: string, query: Query = {}): string {
  const pairs = Object.entries(query)
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`);
  return `${apiBase()}${path}${pairs.length ? `?${pairs.join('&')}` : ''}`;
}

function toErrorCode(code: string): ClientErrorCode {
  return code in ERRORS ? (code as ErrorCode) : 'BAD_RESPONSE';
}

interface Sent {
  url: string;
  method: Method;
  header: Record<string, string>;
  body: unknown;
}

interface Answer {
  statusCode: number;
  data: unknown;
}

const TIMEOUT_MS = 15_000;

/** As Taro.request sends it: bytes (a spreadsheet upload) as they are, anything else as JSON. */
function bodyBytes(body: unknown): BodyInit | undefined {
  if (body === undefined) return undefined;
  if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) return body as BodyInit;
  return JSON.stringify(body);
}

/**
 * H5: the browser's own fetch. Taro's H5 request carries polyfills of fetch and
 * AbortController and a JSONP client (27 KiB of the first screen's script); leaving them out
 * shortens the first screen on a slow phone (slow-phone bench, README perf). A browser without
 * fetch (Android 4 WebView, iOS before 10.3) can no longer run the H5 build — it is the local
 * and test build; residents use the mini-program, which keeps Taro.request. Same answer as
 * Taro's: the status and the body read as JSON (as text when it is not JSON, which the checks
 * below refuse).
 */
async function browserFetch({ url, method, header, body }: Sent): Promise<Answer> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), TIMEOUT_MS);
  try {
    const res = await fetch(url, {
      method,
      headers: header,
      body: bodyBytes(body),
      signal: abort.signal,
    });
    const text = await res.text();
    let data: unknown = text === '' ? undefined : text;
    try {
      if (text !== '') data = JSON.parse(text);
    } catch {
      // Not JSON: left as text, refused as BAD_RESPONSE.
    }
    return { statusCode: res.status, data };
  } finally {
    clearTimeout(timer);
  }
}

function taroRequest({ url, method, header, body }: Sent): Promise<Answer> {
  return Taro.request({
    url,
    method,
    data: body === undefined ? undefined : (body as Record<string, unknown>),
    header,
    dataType: 'json',
    timeout: TIMEOUT_MS,
  });
}

/** H5 and weapp differ only in how the bytes travel (TARO_ENV is a build-time constant). */
const send = process.env.TARO_ENV === 'h5' ? browserFetch : taroRequest;

/** The sign-in a call carries (every API call and the spreadsheet downloads); none when signed out. */
export function signInHeader(token: string | null): Record<string, string> {
  return token ? { authorization: `Bearer ${token}` } : {};
}

/** The one way the client reaches the API. */
export async function request<T>(options: RequestOptions<T>): Promise<T> {
  const token = readToken();
  const header: Record<string, string> = { 'content-type': 'application/json', ...options.headers, ...signInHeader(token) };

  let res: Answer;
  try {
    res = await send({ url: buildUrl(options.path, options.query), method: options.method ?? 'GET', header, body: options.body });
  } catch {
    throw new ApiError('NETWORK', 0);
  }

  if (res.statusCode >= 200 && res.statusCode < 300) {
    const parsed = options.schema.safeParse(res.statusCode === 204 ? undefined : res.data);
    if (!parsed.success) throw new ApiError('BAD_RESPONSE', res.statusCode);
    return parsed.data as T;
  }
  // A refused token is over for every screen, not just for this call.
  if (res.statusCode === 401 && token) endSessionIf(token);
  const failure = readErrorBody(res.data);
  if (!failure) throw new ApiError('BAD_RESPONSE', res.statusCode);
  throw new ApiError(toErrorCode(failure.error.code), res.statusCode, failure.error.fields ?? []);
}
