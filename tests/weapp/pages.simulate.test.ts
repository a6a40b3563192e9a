import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildGateway } from '../../functions/local/gateway';
import { seedAll } from '../../functions/local/seed';
import { startTestStore, type TestStore } from '../helpers/dynamo';
import { allPages, readAppJson, WEAPP } from './helpers';
import { Weapp, type Rendered } from './simulate';

/**
 * Every page of the weapp build's app.json, rendered by miniprogram-simulate (j-component on jsdom,
 * templates compiled by WeChat's wcc) after app.js has booted Taro's runtime, against the real API
 * functions on a seeded dynalite started here. Each page is opened signed out and then signed in
 * as the demo account it is for, with the id of a seeded item when it takes one. A page fails on
 * a throw (jest also fails a test on an uncaught error or rejection of the build's code), on a
 * console.error/warn (React and Taro report render errors there), on an empty page (nothing but
 * the help strip), on a 5xx or a non-https request, on 系统出了点问题 (the build and the API
 * disagree on a response); signed in, also on a sign-in prompt or any 4xx. Tab pages and detail
 * pages must show what the API returned (a posting's title on 岗位, a topic on 问答, …). Two taps
 * check that events reach React: 微信一键登录 on 我的, a posting on 岗位.
 *
 * The build calls its https API base (TARO_APP_API_BASE, production builds refuse anything
 * else); the test's wx.request keeps the path and sends it to the local server instead, so the
 * package under test is the one `npm test` checks with miniprogram-ci, not a special build.
 * Not covered offline: layout and styles (jsdom lays nothing out; wxss is not applied) and
 * canvas drawing (the stats charts get no canvas node and draw nothing).
 */

jest.setTimeout(60_000);

/** Demo handles (shared/demo-accounts.ts): `local:<handle>` signs in locally. */
type Role = 'resident' | 'volunteer' | 'staff' | 'staff-donghu' | 'worker';
interface Item {
  id: string;
  title?: string;
  name?: string;
  displayName?: string;
  start?: string;
}

const PAGES = allPages(readAppJson());
const TABS = new Set((readAppJson().tabBar?.list ?? []).map((t) => t.pagePath));
/** Text every page starts with (the help strip), so "not empty" means more than that. */
const CHROME = /求助电话|快速离开/g;
const LOGIN_PROMPT = /去登录|请先登录|登录后才能/;

/** The demo account a page is for; the rest is for residents. */
function roleOf(page: string): Role {
  if (/^packages\/(volunteer|events\/pages\/(publish|organised|signups|code|hours))\//.test(page)) return 'volunteer';
  // The district page is for a district federation (区妇联看本区).
  if (/^packages\/community\/pages\/district\//.test(page)) return 'staff-donghu';
  if (/^packages\/(admin|events\/pages\/admin-hours)\//.test(page)) return 'staff';
  if (/^packages\/community\/pages\/(workbench|case)\//.test(page)) return 'worker';
  return 'resident';
}

let store: TestStore;
let server: Server;
let api = '';
const tokens: Partial<Record<Role, { token: string; user: Item }>> = {};
const first: Record<string, Item | undefined> = {};

function session(role: Role): { token: string; user: Item } {
  const s = tokens[role];
  if (!s) throw new Error(`not signed in as ${role}`);
  return s;
}
/** `first.x`, which beforeAll has found (it throws when the seed lacks one). */
function found(item: Item | undefined): Item {
  if (!item) throw new Error('missing seeded item');
  return item;
}

async function call<T>(method: string, path: string, role?: Role, body?: unknown): Promise<T> {
  const res = await fetch(`${api}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(role ? { authorization: `Bearer ${session(role).token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path}${role ? ` as ${role}` : ''}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}
async function firstOf(path: string, role?: Role): Promise<Item> {
  const { items } = await call<{ items: Item[] }>('GET', path, role);
  if (!items[0]) throw new Error(`GET ${path}${role ? ` as ${role}` : ''}: the seed has nothing here to open pages with`);
  return items[0];
}

/** Query strings per page: the first seeded item its role can see. */
function queryFor(page: string): Record<string, string> {
  const id = (item?: Item): Record<string, string> => (item ? { id: item.id } : {});
  const map: Record<string, Record<string, string>> = {
    'packages/jobs/pages/detail/index': id(first.posting),
    'packages/jobs/pages/apply/index': id(first.posting),
    'packages/jobs/pages/fair/index': id(first.fair),
    'packages/qa/pages/article/index': id(first.article),
    'packages/qa/pages/thread/index': id(first.question),
    'packages/volunteer/pages/question/index': id(first.claimed),
    'packages/booking/pages/book/index': first.slot ? { slotId: first.slot.id, start: first.slot.start ?? '' } : {},
    'packages/admin/pages/intentions/index': first.posting ? { jobId: first.posting.id } : {},
    'packages/admin/pages/posting/index': id(first.posting),
    'packages/admin/pages/fair/index': id(first.fair),
    'packages/events/pages/detail/index': id(first.event),
    'packages/events/pages/signups/index': id(first.organised),
    'packages/events/pages/code/index': id(first.organised),
    'packages/events/pages/publish/index': id(first.organised),
    'packages/referral/pages/detail/index': id(first.referral),
    'packages/community/pages/case/index': id(first.referral),
  };
  return map[page] ?? {};
}

/** What a page must show beyond its chrome, from the API (tab pages) or the item it was opened with. */
function expectedText(page: string, signedIn: boolean): string | undefined {
  switch (page) {
    case 'pages/jobs/index':
      return first.posting?.title;
    case 'pages/qa/index':
      return first.topic?.name ?? first.topic?.title;
    case 'pages/me/index':
      return signedIn ? tokens.resident?.user.displayName : undefined;
    case 'packages/jobs/pages/detail/index':
      return first.posting?.title;
    case 'packages/jobs/pages/fair/index':
      return first.fair?.title;
    case 'packages/qa/pages/article/index':
      return first.article?.title;
    case 'packages/events/pages/detail/index':
      return first.event?.title;
    default:
      return undefined;
  }
}

beforeAll(async () => {
  store = await startTestStore();
  await seedAll(store.deps);
  server = await new Promise<Server>((ok) => {
    const s = buildGateway(store.deps, WEAPP).listen(0, '127.0.0.1', () => ok(s));
  });
  api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  for (const role of ['resident', 'volunteer', 'staff', 'staff-donghu', 'worker'] as const) {
    tokens[role] = await call('POST', '/api/auth/login', undefined, { code: `local:${role}` });
  }
  const now = Date.now();
  [first.posting, first.fair, first.article, first.event, first.topic, first.slot] = await Promise.all([
    firstOf('/api/jobs?limit=1'),
    firstOf('/api/fairs'),
    firstOf('/api/qa/articles?limit=1'),
    firstOf('/api/events?limit=1'),
    firstOf('/api/qa/topics'),
    firstOf(`/api/slots?from=${new Date(now).toISOString()}&to=${new Date(now + 14 * 864e5).toISOString()}&limit=1`),
  ]);
  // What a person would have done first, so every page opened with an id has something to show:
  // the volunteer claims a queued question, the resident asks for her question to be referred to
  // 滨江社区 (the demo worker's community) and agrees, the worker takes it.
  first.question = await firstOf('/api/me/questions?limit=1', 'resident');
  first.claimed = await firstOf('/api/qa/queue?limit=1', 'volunteer');
  await call('POST', `/api/qa/questions/${found(first.claimed).id}/claim`, 'volunteer', {});
  first.organised = await firstOf('/api/me/events?limit=1', 'volunteer');
  first.referral = await call<Item>('POST', '/api/referrals', 'resident', { questionId: found(first.question).id, reason: 'home-visit', urgent: false });
  await call('POST', `/api/referrals/${first.referral.id}/accept`, 'resident', { communityId: 'nc-donghu-1', safeToCall: true });
  await call('POST', `/api/referrals/${first.referral.id}/claim`, 'worker', {});
});

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise<void>((ok) => (server ? server.close(() => ok()) : ok()));
  await store?.close();
});

let logged: string[] = [];
beforeEach(() => {
  logged = [];
  for (const level of ['error', 'warn'] as const) {
    jest.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      logged.push(`console.${level}: ${args.map((a) => (a instanceof Error ? a.stack : String(a))).join(' ')}`);
    });
  }
});
afterEach(() => jest.restoreAllMocks());

/** Boots app.js once per account (the session is read at launch, as on a phone). */
const apps = new Map<string, Weapp>();
function weapp(role: Role | null): Weapp {
  const key = role ?? 'signed-out';
  let w = apps.get(key);
  if (!w) {
    const signedIn = role ? session(role) : null;
    // Where the app keeps a sign-in (client/api/session.ts), as if she had signed in on 我的 earlier.
    w = new Weapp({ api, storage: signedIn ? { 'tayuan.token': signedIn.token, 'tayuan.user': signedIn.user } : {} });
    w.launch();
    apps.set(key, w);
  }
  return w;
}

async function render(page: string, role: Role | null): Promise<{ w: Weapp; shown: Rendered; text: string; content: string }> {
  const w = weapp(role);
  w.requests.length = 0;
  const shown = w.open(page, queryFor(page));
  try {
    await w.settle(shown);
    const text = shown.text();
    if (process.env.WEAPP_SIM_DEBUG) {
      process.stdout.write(`\n[${role ?? 'signed out'}] ${page} ${JSON.stringify(queryFor(page))}\n  ${text.slice(0, 300)}\n  ${w.requests.map((r) => `${r.status} ${r.method} ${r.url}`).join('\n  ')}\n`);
    }
    return { w, shown, text, content: text.replace(CHROME, '').trim() };
  } finally {
    shown.close();
  }
}

function expectHealthy(w: Weapp, text: string, content: string): void {
  expect(logged).toEqual([]);
  expect(content.length).toBeGreaterThan(0);
  expect(text).not.toContain('系统出了点问题');
  expect(w.requests.filter((r) => !r.url.startsWith('https://') || r.status >= 500 || r.status === 0)).toEqual([]);
}

describe('miniprogram-simulate renders every page of app.json', () => {
  it('app.json lists the pages the test expects to find', () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(40);
    expect([...TABS].every((t) => PAGES.includes(t))).toBe(true);
  });

  describe.each(PAGES)('%s', (page) => {
    it('renders signed out', async () => {
      const { w, text, content } = await render(page, null);
      expectHealthy(w, text, content);
      const wanted = expectedText(page, false);
      if (wanted) expect(text).toContain(wanted);
      if (TABS.has(page) && page !== 'pages/index/index' && page !== 'pages/me/index') {
        // Tab pages with data show what the local API returned.
        expect(w.requests.some((r) => r.status === 200)).toBe(true);
      }
    });

    it(`renders signed in as the ${roleOf(page)} it is for`, async () => {
      const { w, text, content } = await render(page, roleOf(page));
      expectHealthy(w, text, content);
      expect(text).not.toMatch(LOGIN_PROMPT);
      // Signed in as the account a page is for, the API accepts every request the page makes.
      expect(w.requests.filter((r) => r.status >= 400)).toEqual([]);
      const wanted = expectedText(page, true);
      if (wanted) expect(text).toContain(wanted);
    });
  });
});

describe('taps in the simulated weapp', () => {
  it('signs in on 我的 with 微信一键登录 (wx.login, then the API) and shows her account', async () => {
    const w = new Weapp({ api, loginCode: 'local:resident' });
    w.launch();
    const me = w.open('pages/me/index');
    try {
      await w.settle(me);
      me.tap('微信一键登录');
      await w.settle(me);
      expect(me.text()).toContain(session('resident').user.displayName ?? '居民小林');
      expect(w.requests.find((r) => r.url.endsWith('/api/auth/login'))?.status).toBe(200);
      expect(w.storage.get('tayuan.token')).toEqual(expect.any(String));
      expect(logged).toEqual([]);
    } finally {
      me.close();
    }
  });

  it('opens a posting from 岗位', async () => {
    const w = weapp(null);
    const jobs = w.open('pages/jobs/index');
    try {
      await w.settle(jobs);
      w.navigations.length = 0;
      jobs.tap(found(first.posting).title ?? '');
      await w.settle(jobs);
      expect(w.navigations).toEqual([{ api: 'navigateTo', url: expect.stringContaining(`/packages/jobs/pages/detail/index?id=${found(first.posting).id}`) }]);
      expect(logged).toEqual([]);
    } finally {
      jobs.close();
    }
  });
});
