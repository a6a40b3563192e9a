/**
 * The adapter for the one outside service, WeChat's server API. Everything that
 * talks to api.weixin.qq.com goes through here, so tests can point it at a local
 * server that speaks the same protocol.
 */
import { AppError } from './errors';
import type { Clock } from './clock';

export interface WeChatSession {
  openid: string;
  /** Never leaves the server: not in a token, a response or a log line. */
  sessionKey: string;
  unionid?: string;
}

export type ContentVerdict = 'pass' | 'review' | 'risky';

export interface SubscribeMessage {
  openid: string;
  templateId: string;
  page?: string;
  data: Record<string, { value: string }>;
}

export interface WeChatAdapter {
  code2Session(code: string): Promise<WeChatSession>;
  /** msgSecCheck v2: scene 1 profile, 2 comment, 3 forum, 4 social log. */
  msgSecCheck(openid: string, content: string, scene?: 1 | 2 | 3 | 4): Promise<ContentVerdict>;
  /** One-time subscribe message; false when the user has not subscribed (43101) — not an error. */
  sendSubscribeMessage(msg: SubscribeMessage): Promise<boolean>;
}

interface WeChatReply {
  errcode?: number;
  errmsg?: string;
}

type FetchLike = typeof fetch;

export function createWeChatAdapter(
  opts: { appId: string; secret: string; apiBase: string },
  clock: Clock,
  fetchImpl: FetchLike = fetch,
): WeChatAdapter {
  let token: { value: string; expiresAt: number } | null = null;

  async function call<T extends WeChatReply>(path: string, init?: { body: unknown }): Promise<T> {
    let res: Response;
    try {
      res = await fetchImpl(opts.apiBase + path, {
        method: init ? 'POST' : 'GET',
        headers: init ? { 'content-type': 'application/json' } : undefined,
        body: init ? JSON.stringify(init.body) : undefined,
        signal: AbortSignal.timeout(5000),
      });
    } catch {
      throw new AppError('UPSTREAM_UNAVAILABLE');
    }
    if (!res.ok) throw new AppError('UPSTREAM_UNAVAILABLE');
    try {
      return (await res.json()) as T;
    } catch {
      throw new AppError('UPSTREAM_UNAVAILABLE');
    }
  }

  const failFor = (errcode: number): never => {
    if (errcode === 45011) throw new AppError('RATE_LIMITED');
    throw new AppError('UPSTREAM_UNAVAILABLE');
  };

  async function accessToken(): Promise<string> {
    const now = clock().getTime();
    if (token && token.expiresAt > now) return token.value;
    const q = new URLSearchParams({ grant_type: 'client_credential', appid: opts.appId, secret: opts.secret });
    const r = await call<WeChatReply & { access_token?: string; expires_in?: number }>(`/cgi-bin/token?${q}`);
    if (!r.access_token) return failFor(r.errcode ?? -1);
    // Renew five minutes early so a token never expires mid-request.
    token = { value: r.access_token, expiresAt: now + ((r.expires_in ?? 7200) - 300) * 1000 };
    return token.value;
  }

  return {
    async code2Session(code) {
      const q = new URLSearchParams({
        appid: opts.appId,
        secret: opts.secret,
        js_code: code,
        grant_type: 'authorization_code',
      });
      const r = await call<WeChatReply & { openid?: string; session_key?: string; unionid?: string }>(
        `/sns/jscode2session?${q}`,
      );
      if (r.errcode === 40029 || r.errcode === 40163) throw new AppError('LOGIN_FAILED');
      if (r.errcode || !r.openid || !r.session_key) return failFor(r.errcode ?? -1);
      return { openid: r.openid, sessionKey: r.session_key, unionid: r.unionid };
    },

    async msgSecCheck(openid, content, scene = 3) {
      const t = await accessToken();
      const r = await call<WeChatReply & { result?: { suggest?: string } }>(
        `/wxa/msg_sec_check?access_token=${encodeURIComponent(t)}`,
        { body: { content, version: 2, scene, openid } },
      );
      if (r.errcode) return failFor(r.errcode);
      const s = r.result?.suggest;
      return s === 'pass' || s === 'review' || s === 'risky' ? s : 'review';
    },

    async sendSubscribeMessage(msg) {
      const t = await accessToken();
      const r = await call<WeChatReply>(`/cgi-bin/message/subscribe/send?access_token=${encodeURIComponent(t)}`, {
        body: { touser: msg.openid, template_id: msg.templateId, page: msg.page, data: msg.data },
      });
      if (!r.errcode) return true;
      // 43101: the user has not (or no longer) subscribed — the in-app inbox still has it.
      if (r.errcode === 43101) return false;
      return failFor(r.errcode);
    },
  };
}

/**
 * Local stand-in when AUTH_MODE=local: no WeChat account exists, so content is
 * passed (the qa feature adds its own word-list check) and messages go nowhere.
 */
export const localWeChatAdapter: WeChatAdapter = {
  async code2Session() {
    throw new AppError('LOGIN_FAILED');
  },
  async msgSecCheck() {
    return 'pass';
  },
  async sendSubscribeMessage() {
    return false;
  },
};
