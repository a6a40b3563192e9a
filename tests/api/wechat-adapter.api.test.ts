import { lambda, type CallResult } from '../helpers/http';
import { pinnedClock, startTestStore, type TestStore } from '../helpers/dynamo';
import { startFakeWeChat, WECHAT_CODES, type FakeWeChat } from '../helpers/fake-wechat';
import { createWeChatAdapter } from '../../functions/platform/wechat';
import { setLogSink } from '../../functions/platform/logger';
import { buildAuthApp } from '../../functions/auth/app';
import { buildQaApp } from '../../functions/qa/app';
import { isAppError } from '../../functions/platform/errors';
import { SENSITIVE_INFO_CONSENT_VERSION } from '../../shared/auth';

let fake: FakeWeChat;

beforeAll(async () => {
  fake = await startFakeWeChat({ unsubscribed: ['openid-gone'] });
});
afterAll(() => fake.close());

const adapter = (clock = pinnedClock('2026-11-28T02:00:00.000Z').clock) =>
  createWeChatAdapter({ appId: fake.appId, secret: fake.secret, apiBase: fake.apiBase }, clock);

const codeOf = async (p: Promise<unknown>) => {
  try {
    await p;
    return 'resolved';
  } catch (e) {
    return isAppError(e) ? e.code : 'other';
  }
};

describe('code2Session', () => {
  it('returns the openid and session key for a good code', async () => {
    const session = await adapter().code2Session('good-code');
    expect(session).toEqual({ openid: 'openid-good-code', sessionKey: fake.sessionKey, unionid: undefined });
    const call = fake.callsTo('/sns/jscode2session').at(-1);
    expect(call?.query).toEqual(
      expect.objectContaining({ appid: fake.appId, js_code: 'good-code', grant_type: 'authorization_code' }),
    );
  });

  it('turns errcode 40029 into LOGIN_FAILED and 45011 into RATE_LIMITED', async () => {
    expect(await codeOf(adapter().code2Session(WECHAT_CODES.invalid))).toBe('LOGIN_FAILED');
    expect(await codeOf(adapter().code2Session(WECHAT_CODES.busy))).toBe('RATE_LIMITED');
  });

  it('answers UPSTREAM_UNAVAILABLE when WeChat is down', async () => {
    fake.failWith(502);
    try {
      expect(await codeOf(adapter().code2Session('any'))).toBe('UPSTREAM_UNAVAILABLE');
    } finally {
      fake.failWith(0);
    }
  });
});

describe('the access token', () => {
  it('is fetched once, reused, and renewed shortly before it expires', async () => {
    const clock = pinnedClock('2026-11-28T02:00:00.000Z');
    const wx = adapter(clock.clock);
    const before = fake.callsTo('/cgi-bin/token').length;
    await wx.msgSecCheck('openid-a', '你好');
    await wx.msgSecCheck('openid-a', '你好');
    expect(fake.callsTo('/cgi-bin/token').length - before).toBe(1);
    clock.advance((7200 - 299) * 1000);
    await wx.msgSecCheck('openid-a', '你好');
    expect(fake.callsTo('/cgi-bin/token').length - before).toBe(2);
  });

  it('fails with UPSTREAM_UNAVAILABLE for a wrong app secret', async () => {
    const wrong = createWeChatAdapter({ appId: fake.appId, secret: 'wrong', apiBase: fake.apiBase }, () => new Date());
    expect(await codeOf(wrong.msgSecCheck('openid-a', '你好'))).toBe('UPSTREAM_UNAVAILABLE');
  });
});

describe('msgSecCheck', () => {
  it('passes ordinary text and reports risky text, sending version 2 with the openid', async () => {
    const wx = adapter();
    expect(await wx.msgSecCheck('openid-a', '孩子的抚养费怎么算', 3)).toBe('pass');
    expect(await wx.msgSecCheck('openid-a', '网上赌博稳赚', 3)).toBe('risky');
    expect(fake.callsTo('/wxa/msg_sec_check').at(-1)?.body).toEqual({
      content: '网上赌博稳赚',
      version: 2,
      scene: 3,
      openid: 'openid-a',
    });
  });
});

describe('sendSubscribeMessage', () => {
  it('is true when delivered and false when the user has not subscribed (43101)', async () => {
    const wx = adapter();
    const msg = { templateId: 'tmpl', page: '/pages/index/index', data: { thing1: { value: '法律问答' } } };
    expect(await wx.sendSubscribeMessage({ ...msg, openid: 'openid-here' })).toBe(true);
    expect(await wx.sendSubscribeMessage({ ...msg, openid: 'openid-gone' })).toBe(false);
    expect(fake.callsTo('/cgi-bin/message/subscribe/send').at(-1)?.body).toEqual(
      expect.objectContaining({ touser: 'openid-gone', template_id: 'tmpl' }),
    );
  });
});

describe('the app with AUTH_MODE=wechat against the fake WeChat', () => {
  let store: TestStore;
  let login: (code: string) => Promise<CallResult>;

  beforeAll(async () => {
    store = await startTestStore(
      {},
      { AUTH_MODE: 'wechat', WECHAT_APPID: fake.appId, WECHAT_SECRET: fake.secret, WECHAT_API_BASE: fake.apiBase },
    );
    const auth = lambda(buildAuthApp(store.deps));
    login = (code) => auth('POST', '/api/auth/login', { body: { code } });
  });
  afterAll(() => store.close());

  it('signs in with a good code and never returns the session key', async () => {
    const lines: string[] = [];
    const previous = setLogSink((l) => lines.push(l));
    try {
      const res = await login('wx-login-ok');
      expect(res.status).toBe(200);
      expect(res.body.user.role).toBe('resident');
      const everything = JSON.stringify(res.body) + JSON.stringify(res.headers) + lines.join('\n');
      expect(everything).not.toContain(fake.sessionKey);
      expect(everything).not.toMatch(/session_?key/i);
      expect(everything).not.toContain('openid-wx-login-ok');
    } finally {
      setLogSink(previous);
    }
  });

  it('answers 401 LOGIN_FAILED for errcode 40029', async () => {
    const res = await login(WECHAT_CODES.invalid);
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('LOGIN_FAILED');
  });

  it('answers 429 RATE_LIMITED for errcode 45011', async () => {
    const res = await login(WECHAT_CODES.busy);
    expect(res.status).toBe(429);
    expect(res.body.error.code).toBe('RATE_LIMITED');
  });

  it('refuses a question msgSecCheck calls risky with 422 and accepts a clean one', async () => {
    const signedIn = await login('wx-asker');
    const auth = lambda(buildAuthApp(store.deps));
    await auth('POST', '/api/me/consents', {
      token: signedIn.body.token,
      body: { kind: 'sensitive-info', version: SENSITIVE_INFO_CONSENT_VERSION },
    });
    const qa = lambda(buildQaApp(store.deps));
    const ask = (body: string) =>
      qa('POST', '/api/qa/questions', { token: signedIn.body.token, body: { title: '请教', body, anonymous: true } });
    const refused = await ask('帮忙代购一些东西');
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('CONTENT_REJECTED');
    expect((await ask('离婚后孩子归谁')).status).toBe(201);
    expect(fake.callsTo('/wxa/msg_sec_check').at(-1)?.body).toEqual(expect.objectContaining({ openid: 'openid-wx-asker' }));
  });
});
