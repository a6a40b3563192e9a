import Taro from '@tarojs/taro';
import * as z from 'zod';
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

const errorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
export type Query = Record<string, string | number | undefined | null>;

export interface RequestOptions<S extends z.ZodType> {
  method?: Method;
  path: string;
  query?: Query;
  body?: unknown;
  headers?: Record<string, string>;
  /** The shared schema of a successful response; anything else is BAD_RESPONSE. */
  schema: S;
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

/** The one way the client reaches the API. */
export async function request<S extends z.ZodType>(options: RequestOptions<S>): Promise<z.infer<S>> {
  const token = readToken();
  const header: Record<string, string> = { 'content-type': 'application/json', ...options.headers };
  if (token) header.authorization = `Bearer ${token}`;

  let res: Taro.request.SuccessCallbackResult<string | TaroGeneral.IAnyObject | ArrayBuffer>;
  try {
    res = await Taro.request({
      url: buildUrl(options.path, options.query),
      method: options.method ?? 'GET',
      data: options.body === undefined ? undefined : (options.body as Record<string, unknown>),
      header,
      dataType: 'json',
      timeout: 15000,
    });
  } catch {
    throw new ApiError('NETWORK', 0);
  }

  if (res.statusCode >= 200 && res.statusCode < 300) {
    const parsed = options.schema.safeParse(res.statusCode === 204 ? undefined : res.data);
    if (!parsed.success) throw new ApiError('BAD_RESPONSE', res.statusCode);
    return parsed.data;
  }
  // A refused token is over for every screen, not just for this call.
  if (res.statusCode === 401 && token) endSessionIf(token);
  const failure = errorBody.safeParse(res.data);
  if (!failure.success) throw new ApiError('BAD_RESPONSE', res.statusCode);
  throw new ApiError(toErrorCode(failure.data.error.code), res.statusCode, failure.data.error.fields ?? []);
}
