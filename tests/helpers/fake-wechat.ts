import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local server on 127.0.0.1 that speaks the parts of WeChat's server API the app uses,
 * so functions/platform/wechat.ts is tested over real HTTP. Point WECHAT_API_BASE (or the
 * adapter's apiBase) at `apiBase`.
 *
 * - GET  /cgi-bin/token                    access token for appid + secret (40013 otherwise)
 * - GET  /sns/jscode2session               `codes` decides the answer; unknown codes succeed
 * - POST /wxa/msg_sec_check                v2; `riskyWords` decide pass / risky
 * - POST /cgi-bin/message/subscribe/send   0, or 43101 for openids in `unsubscribed`
 */
export interface FakeWeChatOptions {
  appId?: string;
  secret?: string;
  /** Replies for particular login codes, e.g. { 'bad-code': { errcode: 40029 } }. */
  codes?: Record<string, Record<string, unknown>>;
  riskyWords?: string[];
  unsubscribed?: string[];
  /** Seconds an access token lives (WeChat: 7200). */
  tokenTtl?: number;
}

export interface FakeWeChatCall {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
}

export interface FakeWeChat {
  apiBase: string;
  appId: string;
  secret: string;
  /** The session_key every successful login gets; it must never leave the app's server. */
  sessionKey: string;
  calls: FakeWeChatCall[];
  callsTo(path: string): FakeWeChatCall[];
  /** Makes the next requests fail with this HTTP status (0 = behave). */
  failWith(status: number): void;
  close(): Promise<void>;
}

/** Ready-made login codes for the answers WeChat documents. */
export const WECHAT_CODES = {
  invalid: 'code-invalid-40029',
  busy: 'code-busy-45011',
} as const;

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(Buffer.isBuffer(c) ? c : Buffer.from(c as string));
  const raw = Buffer.concat(chunks).toString('utf8');
  try {
    return raw ? JSON.parse(raw) : undefined;
  } catch {
    return raw;
  }
}

export async function startFakeWeChat(opts: FakeWeChatOptions = {}): Promise<FakeWeChat> {
  const appId = opts.appId ?? 'wx-fake-appid';
  const secret = opts.secret ?? 'fake-app-secret';
  const sessionKey = 'SESSION-KEY-must-stay-on-the-server';
  const codes: Record<string, Record<string, unknown>> = {
    [WECHAT_CODES.invalid]: { errcode: 40029, errmsg: 'invalid code' },
    [WECHAT_CODES.busy]: { errcode: 45011, errmsg: 'api minute-quota reach limit mustslower retry next minute' },
    ...(opts.codes ?? {}),
  };
  const risky = opts.riskyWords ?? ['赌博', '代购'];
  const unsubscribed = new Set(opts.unsubscribed ?? []);
  const calls: FakeWeChatCall[] = [];
  const tokens = new Set<string>();
  let failStatus = 0;
  let issued = 0;

  const send = (res: ServerResponse, body: unknown, status = 200) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const query = Object.fromEntries(url.searchParams);
    const body = req.method === 'POST' ? await readBody(req) : undefined;
    calls.push({ method: req.method ?? 'GET', path: url.pathname, query, body });
    if (failStatus) return send(res, { error: 'down' }, failStatus);
    const badToken = () => !tokens.has(query.access_token ?? '');

    if (req.method === 'GET' && url.pathname === '/cgi-bin/token') {
      if (query.grant_type !== 'client_credential' || query.appid !== appId || query.secret !== secret) {
        return send(res, { errcode: 40013, errmsg: 'invalid appid' });
      }
      const token = `ACCESS_TOKEN_${++issued}`;
      tokens.add(token);
      return send(res, { access_token: token, expires_in: opts.tokenTtl ?? 7200 });
    }
    if (req.method === 'GET' && url.pathname === '/sns/jscode2session') {
      if (query.appid !== appId || query.secret !== secret || query.grant_type !== 'authorization_code') {
        return send(res, { errcode: 40013, errmsg: 'invalid appid' });
      }
      const code = query.js_code ?? '';
      if (codes[code]) return send(res, codes[code]);
      return send(res, { openid: `openid-${code}`, session_key: sessionKey });
    }
    if (req.method === 'POST' && url.pathname === '/wxa/msg_sec_check') {
      if (badToken()) return send(res, { errcode: 40001, errmsg: 'invalid credential, access_token is invalid' });
      const b = body as { content?: string; version?: number; openid?: string; scene?: number } | undefined;
      if (!b || b.version !== 2 || !b.openid || !b.scene) return send(res, { errcode: 47001, errmsg: 'data format error' });
      const isRisky = risky.some((w) => (b.content ?? '').includes(w));
      return send(res, {
        errcode: 0,
        errmsg: 'ok',
        result: { suggest: isRisky ? 'risky' : 'pass', label: isRisky ? 20001 : 100 },
        detail: [],
        trace_id: `trace-${calls.length}`,
      });
    }
    if (req.method === 'POST' && url.pathname === '/cgi-bin/message/subscribe/send') {
      if (badToken()) return send(res, { errcode: 40001, errmsg: 'invalid credential, access_token is invalid' });
      const b = body as { touser?: string; template_id?: string } | undefined;
      if (!b?.touser || !b.template_id) return send(res, { errcode: 47003, errmsg: 'argument invalid' });
      if (unsubscribed.has(b.touser)) return send(res, { errcode: 43101, errmsg: 'user refuse to accept the msg' });
      return send(res, { errcode: 0, errmsg: 'ok', msgid: calls.length });
    }
    return send(res, { errcode: -1, errmsg: 'not found' }, 404);
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiBase: `http://127.0.0.1:${port}`,
    appId,
    secret,
    sessionKey,
    calls,
    callsTo: (path) => calls.filter((c) => c.path === path),
    failWith: (status) => {
      failStatus = status;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
