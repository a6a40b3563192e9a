import Koa, { type Context, type Middleware } from 'koa';
import type Router from '@koa/router';
import { randomUUID } from 'node:crypto';
import * as z from 'zod';
import { ERRORS, type ErrorBody, type FieldIssue } from '../../shared/errors';
import { AppError, isAppError } from './errors';
import { logger } from './logger';

export const BODY_LIMIT_BYTES = 64 * 1024;

/**
 * A route that takes a raw (non-JSON) body, such as an .xlsx upload, with its own size limit.
 * Declared when the app is built, so every other route keeps the 64 KiB JSON limit.
 */
export interface RawBodyRoute {
  method: 'POST' | 'PUT';
  /** Matched against the whole path. */
  path: RegExp;
  limitBytes: number;
}

/**
 * Binary media types a handler answers with: serverless-http then base64-encodes the response
 * for API Gateway. Handlers and the test harness pass these options to `serverless()`.
 */
export const BINARY_TYPES = ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];
export const SERVERLESS_OPTIONS = { binary: BINARY_TYPES };

type LambdaHandler<E, C, R> = (event: E, context: C) => Promise<R>;

/**
 * A function's Lambda handler, its app built on the first invocation: `defaultDeps()` reads the
 * configuration, which the secrets wrapper of the packaged bundle fills only after the handler
 * module has loaded (scripts/package-functions.ts imports handler.ts statically, so esbuild can
 * drop what a function never uses). A handler module must not read configuration when it loads.
 */
export function onFirstCall<E, C, R>(build: () => LambdaHandler<E, C, R>): LambdaHandler<E, C, R> {
  let built: LambdaHandler<E, C, R> | undefined;
  return (event, context) => (built ??= build())(event, context);
}

async function readLimited(ctx: Context, limit: number): Promise<Buffer> {
  const declared = Number(ctx.get('content-length') || 0);
  if (declared > limit) throw new AppError('PAYLOAD_TOO_LARGE');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    size += buf.length;
    if (size > limit) throw new AppError('PAYLOAD_TOO_LARGE');
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

/** The raw body of a route declared in RawBodyRoute; empty for any other. */
export const rawBody = (ctx: Context): Buffer => (ctx.state.rawBody as Buffer | undefined) ?? Buffer.alloc(0);

/** Reads the JSON body with a hard size limit (ctx.request.body), or a declared route's raw body (rawBody(ctx)). */
const bodyReader =
  (rawRoutes: RawBodyRoute[]): Middleware =>
  async (ctx, next) => {
    if (!['POST', 'PUT', 'PATCH', 'DELETE'].includes(ctx.method)) return next();
    const rawRoute = rawRoutes.find((r) => r.method === ctx.method && r.path.test(ctx.path));
    if (rawRoute) {
      ctx.state.rawBody = await readLimited(ctx, rawRoute.limitBytes);
      return next();
    }
    const raw = (await readLimited(ctx, BODY_LIMIT_BYTES)).toString('utf8');
    let body: unknown = undefined;
    if (raw.trim() !== '') {
      try {
        body = JSON.parse(raw);
      } catch {
        throw new AppError('INVALID_JSON');
      }
    }
    (ctx.request as { body?: unknown }).body = body;
    return next();
  };

function sendError(ctx: Context, code: keyof typeof ERRORS, fields?: FieldIssue[], message?: string, detail?: AppError['detail']) {
  const body: ErrorBody = { error: { code, message: message ?? ERRORS[code].message, ...detail } };
  if (fields?.length) body.error.fields = fields;
  ctx.status = ERRORS[code].status;
  ctx.body = body;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The one error mapper: AppError codes become statuses, anything else a bare 500. */
const errorMapper: Middleware = async (ctx, next) => {
  const started = Date.now();
  // A caller's id is kept only when it is a UUID: anything else (5,000 characters, text
  // someone typed) would land in logs and headers unchecked.
  const given = ctx.get('x-request-id');
  const requestId = UUID.test(given) ? given.toLowerCase() : randomUUID();
  ctx.set('x-request-id', requestId);
  ctx.state.requestId = requestId;
  try {
    await next();
    if (ctx.status === 404 && ctx.body === undefined) sendError(ctx, 'NOT_FOUND');
    if (ctx.status === 405 || ctx.status === 501) sendError(ctx, 'NOT_FOUND');
  } catch (e) {
    if (isAppError(e)) {
      sendError(ctx, e.code, e.fields, e.userMessage, e.detail);
    } else {
      logger.error('unhandled', { requestId, errorName: (e as Error)?.name });
      sendError(ctx, 'INTERNAL');
    }
  }
  const code = (ctx.body as ErrorBody | undefined)?.error?.code;
  logger.info('request', {
    requestId,
    method: ctx.method,
    route: (ctx as { _matchedRoute?: string })._matchedRoute ?? 'unmatched',
    status: ctx.status,
    ms: Date.now() - started,
    code,
  });
};

/** Builds a function's Koa app: request id, error mapper, size-limited JSON body (or declared raw bodies), its router. */
export function createHttpApp(router: Router, options: { rawBodies?: RawBodyRoute[] } = {}): Koa {
  const app = new Koa();
  app.proxy = true;
  app.silent = true;
  app.use(errorMapper);
  app.use(async (ctx, next) => {
    ctx.set('cache-control', 'no-store');
    await next();
  });
  app.use(bodyReader(options.rawBodies ?? []));
  app.use(router.routes());
  return app;
}

const toFields = (issues: z.core.$ZodIssue[]): FieldIssue[] =>
  issues.map((i) => ({
    path: i.path.map(String).join('.') || '(body)',
    message: i.code === 'unrecognized_keys' ? `不认识的字段: ${i.keys.join(', ')}` : i.message,
  }));

/** Parses input with a shared schema; a violation is 400 VALIDATION_FAILED with field messages. */
export function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new AppError('VALIDATION_FAILED', toFields(result.error.issues));
  return result.data;
}

export const parseBody = <S extends z.ZodType>(ctx: Context, schema: S) =>
  parse(schema, (ctx.request as { body?: unknown }).body ?? {});

/** Query strings arrive as string | string[]; repeated keys are not part of the contract. */
export function parseQuery<S extends z.ZodType>(ctx: Context, schema: S): z.output<S> {
  const flat: Record<string, string> = {};
  for (const [k, v] of Object.entries(ctx.query)) {
    if (Array.isArray(v)) throw new AppError('VALIDATION_FAILED', [{ path: k, message: '参数重复' }]);
    if (v !== undefined) flat[k] = v;
  }
  return parse(schema, flat);
}

/** Path parameters are ids; anything else is simply not found. */
export function pathId(ctx: Context, name = 'id'): string {
  const v = ctx.params?.[name];
  if (typeof v !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(v)) throw new AppError('NOT_FOUND');
  return v;
}

/** A spreadsheet download (the content type is in BINARY_TYPES, so Lambda sends it as binary). */
export function sendXlsx(ctx: Context, body: Buffer, filename: string) {
  ctx.set('content-disposition', `attachment; filename="${filename}"`);
  ctx.type = BINARY_TYPES[0];
  ctx.body = body;
}

export function created<T>(ctx: Context, body: T) {
  ctx.status = 201;
  ctx.body = body;
}
