import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { seedAll } from '../../functions/local/seed';
import { setLogSink } from '../../functions/platform/logger';
import { startTestStore } from '../helpers/dynamo';
import { openPhone, serveGateway } from '../e2e/helpers';
import { kib } from '../../scripts/package-functions';
import { taroBuild, writeBareApp } from './bare-app';
import { warnIfStale } from './build-age';
import { median, round2 } from './stats';

/**
 * H5 on a slow phone: Debian's chromium at 4× CPU slowdown with the HTTP cache off, the
 * project's H5 build and a bare Taro 4 React app (same toolchain and config) served side by
 * side by the same local gateway over the same seeded dynalite. Every figure is divided by
 * the bare app's first screen measured in the same run, so the ratios, not the
 * milliseconds, are what the budgets judge.
 */

export const H5_BUDGETS = { home: 1.25, jobsTab: 1.0, search: 0.5 } as const;
/** Five, as the budgets are judged; `--runs N` takes more for a closer look (same order, same warm-up). */
const RUNS = runsArg() ?? 5;
const RATE = 4;
const QUERY = '老公打我怎么办';
/** Quiet time on about:blank before each cold load. */
const SETTLE_MS = 500;
/** What each app's first screen shows; watched from the first byte of the page. */
const BARE = '.bare';
const HOME = '.home__service';
const FIRST_SCREENS = [BARE, HOME];
/**
 * The home as the app draws it (in Taro's page container). The first screen is the HTML copy of
 * the home in index.html (client/pages/index/first-screen.html.ts); this one says when the
 * app's scripts have run and drawn it, a figure printed beside the budgets, not judged.
 */
const HOME_DRAWN = `.taro_page ${HOME}`;

function runsArg(): number | undefined {
  const i = process.argv.indexOf('--runs');
  const n = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/**
 * Installed before any page script. The first screens' selectors (the bare app's text, the
 * home's service cards) are watched from the start of the document, so nothing from the bench
 * reaches into the page while it loads — arming them over CDP after the navigation committed
 * ran a task of the bench's own in the middle of the load it was timing. `__arm(selector)`
 * starts watching a later selector (after a tap or typing). A watched selector's time is
 * performance.now() of the first mutation batch that shows an element matching it with a box
 * on screen, reported to the bench through the `__sighted` binding (Sightings below);
 * `__mark` holds the last touch/input the user made.
 */
const WATCHER = `(() => {
  const w = window;
  const first = ${JSON.stringify(FIRST_SCREENS)};
  const home = ${JSON.stringify(HOME)};
  const drawn = ${JSON.stringify(HOME_DRAWN)};
  w.__seen = {}; w.__wanted = [...first]; w.__mark = {};
  const visible = (sel) => [...document.querySelectorAll(sel)].some((e) => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight; });
  const check = () => {
    if (!w.__wanted.length) return;
    const now = performance.now();
    w.__wanted = w.__wanted.filter((sel) => { if (visible(sel)) { w.__seen[sel] = now; w.__sighted(sel, now); return false; } return true; });
    // One first screen is up: stop looking for the other app's.
    if (first.some((sel) => w.__seen[sel])) w.__wanted = w.__wanted.filter((sel) => !first.includes(sel));
    // The home is up: watch for the app drawing it (never armed in the bare app).
    if (w.__seen[home] && !(drawn in w.__seen) && !w.__wanted.includes(drawn)) { w.__wanted.push(drawn); check(); }
  };
  w.__arm = (sel) => { delete w.__seen[sel]; w.__wanted.push(sel); check(); };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  for (const type of ['touchstart', 'click', 'input']) document.addEventListener(type, () => { w.__mark[type] = performance.now(); }, true);
})();`;

type W = Window & { __seen: Record<string, number>; __arm(sel: string): void; __mark: Record<string, number> };

/**
 * The page reports each sighting through the `__sighted` binding, and the bench waits here:
 * polling the page instead would run Playwright's injected script inside the page, on its
 * slowed-down main thread, in the middle of the load being timed.
 */
class Sightings {
  private readonly times = new Map<string, number>();
  private readonly waiting = new Map<string, (t: number) => void>();

  report(sel: string, t: number): void {
    this.times.set(sel, t);
    this.waiting.get(sel)?.(t);
    this.waiting.delete(sel);
  }

  /** Drops what was seen: every selector before a navigation, one before it is armed again. */
  forget(sel?: string): void {
    if (sel) this.times.delete(sel);
    else this.times.clear();
  }

  /** performance.now() in the page when `sel` was first seen. */
  wait(sel: string, timeout = 60_000): Promise<number> {
    const t = this.times.get(sel);
    if (t !== undefined) return Promise.resolve(t);
    return new Promise((ok, fail) => {
      const timer = setTimeout(() => fail(new Error(`${sel} did not show within ${timeout} ms`)), timeout);
      this.waiting.set(sel, (at) => {
        clearTimeout(timer);
        ok(at);
      });
    });
  }
}

const sightings = new Sightings();

/** Arms a later selector (after a tap or typing) in the page. */
async function arm(page: Page, sel: string): Promise<void> {
  sightings.forget(sel);
  await page.evaluate((s) => (window as unknown as W).__arm(s), sel);
}

/** A fresh load with cache off and the CPU slowed down; resolves once the document has committed. */
async function slowGoto(page: Page, cdp: CDPSession, url: string): Promise<void> {
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
  await page.goto('about:blank');
  sightings.forget();
  // The page before (its teardown, its last requests to the local gateway) is done before
  // the next cold load starts, whichever app it was.
  await page.waitForTimeout(SETTLE_MS);
  await page.goto(url, { waitUntil: 'commit' });
}

interface Bytes {
  jsBytes: number;
  cssBytes: number;
  requests: number;
  /** Resources by when they finished, ms after navigation start. */
  waterfall: { name: string; start: number; end: number; bytes: number }[];
}

/** A string, not a function: tsx would wrap named inner functions in a helper the page lacks. */
const BYTES_SO_FAR = `(() => {
  const entries = performance.getEntriesByType('resource');
  const path = (e) => new URL(e.name).pathname;
  const sum = (re) => entries.filter((e) => re.test(path(e))).reduce((n, e) => n + (e.encodedBodySize || e.transferSize), 0);
  return {
    jsBytes: sum(/\\.js$/),
    cssBytes: sum(/\\.css$/),
    requests: entries.length + 1,
    waterfall: entries.map((e) => ({ name: path(e) + new URL(e.name).search, start: Math.round(e.startTime), end: Math.round(e.responseEnd), bytes: e.encodedBodySize })),
  };
})()`;

async function bytesSoFar(page: Page): Promise<Bytes> {
  return (await page.evaluate(BYTES_SO_FAR)) as Bytes;
}

async function bareFirstScreen(page: Page, cdp: CDPSession, url: string): Promise<{ ms: number; bytes: Bytes }> {
  await slowGoto(page, cdp, url);
  const ms = await sightings.wait(BARE);
  return { ms, bytes: await bytesSoFar(page) };
}

interface AppRun {
  home: number;
  /** The app's scripts have run and drawn the home. */
  homeDrawn: number;
  jobsTab: number;
  search: number;
  homeBytes: Bytes;
  /** Diagnostic: what loaded after the home showed and before the tap (prefetches). */
  settleBytes: Bytes;
  jobsBytes: Bytes;
  /** When the search request left and when its answer was back, ms after the input event. */
  searchParts: { requestStart: number; responseEnd: number };
}

/** Home from cold, then a tap on 岗位 until postings show, then 问答 and a typed question until an answer shows. */
async function appRun(page: Page, cdp: CDPSession, url: string): Promise<AppRun> {
  await slowGoto(page, cdp, `${url}/`);
  const home = await sightings.wait(HOME);
  const homeDrawn = await sightings.wait(HOME_DRAWN);
  const homeBytes = await bytesSoFar(page);
  // Let the first screen settle (idle callbacks, late chunks) before the tap, as a reader would.
  await page.waitForTimeout(500);
  const before = await page.evaluate(() => performance.getEntriesByType('resource').length);
  const settled = await bytesSoFar(page);
  const settleWaterfall = settled.waterfall.slice(homeBytes.waterfall.length, before);
  const settleBytes: Bytes = {
    jsBytes: settleWaterfall.filter((e) => /\.js$/.test(e.name)).reduce((n, e) => n + e.bytes, 0),
    cssBytes: settleWaterfall.filter((e) => /\.css$/.test(e.name)).reduce((n, e) => n + e.bytes, 0),
    requests: settleWaterfall.length,
    waterfall: settleWaterfall,
  };

  await arm(page, '.job-card');
  await page.locator('.weui-tabbar__item', { hasText: '岗位' }).tap();
  const jobsSeen = await sightings.wait('.job-card');
  const jobsTab = jobsSeen - (await page.evaluate(() => (window as unknown as W).__mark.touchstart));
  const all = await bytesSoFar(page);
  const jobsBytes = { ...all, waterfall: all.waterfall.slice(before), requests: all.waterfall.length - before };
  jobsBytes.jsBytes = jobsBytes.waterfall.filter((e) => /\.js$/.test(e.name)).reduce((n, e) => n + e.bytes, 0);
  jobsBytes.cssBytes = jobsBytes.waterfall.filter((e) => /\.css$/.test(e.name)).reduce((n, e) => n + e.bytes, 0);

  await page.locator('.weui-tabbar__item', { hasText: '问答' }).tap();
  const input = page.locator('input[placeholder="说说您遇到的事，如：老公打我怎么办"]');
  await input.waitFor({ timeout: 60_000 });
  await page.waitForTimeout(500);
  await arm(page, '.qa-home__result');
  await input.fill(QUERY);
  const answered = await sightings.wait('.qa-home__result');
  const typed = await page.evaluate(() => (window as unknown as W).__mark.input);
  const searchBytes = await bytesSoFar(page);
  const request = searchBytes.waterfall.filter((e) => e.name.startsWith('/api/qa/articles') && e.start >= typed).pop();
  const searchParts = {
    requestStart: request ? Math.round(request.start - typed) : NaN,
    responseEnd: request ? Math.round(request.end - typed) : NaN,
  };
  return { home, homeDrawn, jobsTab, search: answered - typed, homeBytes, settleBytes, jobsBytes, searchParts };
}

export interface H5PhoneFigures {
  cpuSlowdown: number;
  runs: number;
  bareFirstScreenMs: number;
  homeMs: number;
  /** Not judged: when the app's scripts have drawn the home (the first screen is its HTML copy). */
  homeDrawnMs: number;
  homeDrawnVsBare: number;
  jobsTabMs: number;
  searchMs: number;
  homeVsBare: number;
  jobsTabVsBare: number;
  searchVsBare: number;
  budgets: typeof H5_BUDGETS;
  pass: { home: boolean; jobsTab: boolean; search: boolean };
  firstLoad: { app: { jsBytes: number; cssBytes: number; requests: number }; bare: { jsBytes: number; cssBytes: number; requests: number } };
  jobsTabLoad: { jsBytes: number; cssBytes: number; requests: number };
  /** Medians, ms after the input event: the search request leaves, its answer is back. */
  searchRequestStartMs: number;
  searchResponseEndMs: number;
  samples: { bare: number[]; home: number[]; homeDrawn: number[]; jobsTab: number[]; search: number[] };
}

/** The project's H5 build: H5_DIR, else dist/h5, else a fresh build into a temp dir. */
async function appH5Dir(): Promise<string> {
  const given = process.env.H5_DIR ? resolve(process.env.H5_DIR) : resolve(__dirname, '../../dist/h5');
  if (existsSync(join(given, 'index.html'))) {
    warnIfStale(join(given, 'index.html'));
    return given;
  }
  const out = join(tmpdir(), `perf-app-h5-${process.pid}`);
  console.log(`  building the H5 app into ${out} …`);
  await taroBuild(resolve(__dirname, '../..'), 'h5', out);
  return out;
}

async function bareH5Dir(): Promise<string> {
  if (process.env.BARE_H5_DIR && existsSync(join(process.env.BARE_H5_DIR, 'index.html'))) return resolve(process.env.BARE_H5_DIR);
  const out = join(tmpdir(), `perf-bare-h5-${process.pid}`);
  console.log('  building the bare Taro app (H5) …');
  await taroBuild(writeBareApp(), 'h5', out);
  return out;
}

export async function benchH5Phone(): Promise<H5PhoneFigures> {
  console.log(`\nH5 on a slow phone (chromium, ${RATE}× CPU slowdown, cache off; median of ${RUNS} alternating runs after a warm-up)`);
  const [appDir, bareDir] = [await appH5Dir(), await bareH5Dir()];
  // The gateway logs a line per request; they would bury the figures.
  const prevSink = setLogSink(() => undefined);
  const store = await startTestStore();
  await seedAll(store.deps);
  const app = await serveGateway(store.deps, appDir);
  const bare = await serveGateway(store.deps, bareDir);
  const phone = await openPhone();
  try {
    const { page, context } = phone;
    context.setDefaultTimeout(60_000);
    await context.exposeBinding('__sighted', (_source, sel: string, t: number) => sightings.report(sel, t));
    await context.addInitScript(WATCHER);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');

    const samples = { bare: [] as number[], home: [] as number[], homeDrawn: [] as number[], jobsTab: [] as number[], search: [] as number[] };
    let bareBytes: Bytes | null = null;
    let appRunLast: AppRun | null = null;
    const parts = { requestStart: [] as number[], responseEnd: [] as number[] };
    for (let i = 0; i <= RUNS; i++) {
      // Alternate which goes first, so neither always meets a warmer machine.
      const order = i % 2 ? ['app', 'bare'] : ['bare', 'app'];
      for (const which of order) {
        if (which === 'bare') {
          const b = await bareFirstScreen(page, cdp, `${bare.baseUrl}/`);
          bareBytes = b.bytes;
          if (i > 0) samples.bare.push(b.ms);
        } else {
          const a = await appRun(page, cdp, app.baseUrl);
          appRunLast = a;
          if (i > 0) {
            samples.home.push(a.home);
            samples.homeDrawn.push(a.homeDrawn);
            samples.jobsTab.push(a.jobsTab);
            samples.search.push(a.search);
            parts.requestStart.push(a.searchParts.requestStart);
            parts.responseEnd.push(a.searchParts.responseEnd);
          }
        }
      }
      if (i > 0) process.stdout.write(`  run ${i}: bare ${samples.bare[i - 1].toFixed(0)} · home ${samples.home[i - 1].toFixed(0)} (drawn by the app ${samples.homeDrawn[i - 1].toFixed(0)}) · 岗位 ${samples.jobsTab[i - 1].toFixed(0)} · search ${samples.search[i - 1].toFixed(0)} ms\n`);
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const bareMs = median(samples.bare);
    const homeMs = median(samples.home);
    const homeDrawnMs = median(samples.homeDrawn);
    const jobsTabMs = median(samples.jobsTab);
    const searchMs = median(samples.search);
    const ratios = { home: round2(homeMs / bareMs), jobsTab: round2(jobsTabMs / bareMs), search: round2(searchMs / bareMs) };
    const pass = { home: ratios.home <= H5_BUDGETS.home, jobsTab: ratios.jobsTab <= H5_BUDGETS.jobsTab, search: ratios.search <= H5_BUDGETS.search };
    const line = (label: string, ratio: number, msv: number, budget: number, ok: boolean) =>
      console.log(`  ${label.padEnd(34)} ${ratio.toFixed(2)}× bare (${msv.toFixed(0)} ms / ${bareMs.toFixed(0)} ms)  budget ${budget}×  ${ok ? 'PASS' : 'OVER'}`);
    console.log(`  bare app first screen              ${bareMs.toFixed(0)} ms`);
    line('home first screen', ratios.home, homeMs, H5_BUDGETS.home, pass.home);
    const homeDrawnVsBare = round2(homeDrawnMs / bareMs);
    console.log(`  ${'home drawn by the app (not judged)'.padEnd(34)} ${homeDrawnVsBare.toFixed(2)}× bare (${homeDrawnMs.toFixed(0)} ms / ${bareMs.toFixed(0)} ms)`);
    line('岗位 tab: first postings after tap', ratios.jobsTab, jobsTabMs, H5_BUDGETS.jobsTab, pass.jobsTab);
    line('问答: search answer after typing', ratios.search, searchMs, H5_BUDGETS.search, pass.search);
    if (!appRunLast || !bareBytes) throw new Error('no runs were made');
    const hb = appRunLast.homeBytes;
    const bb = bareBytes;
    const jb = appRunLast.jobsBytes;
    console.log(`  first load: app JS ${kib(hb.jsBytes)}, CSS ${kib(hb.cssBytes)}, ${hb.requests} requests · bare JS ${kib(bb.jsBytes)}, CSS ${kib(bb.cssBytes)}, ${bb.requests} requests`);
    const reqStart = median(parts.requestStart);
    const resEnd = median(parts.responseEnd);
    console.log(`  search: request leaves ${reqStart.toFixed(0)} ms after the input, answer back at ${resEnd.toFixed(0)} ms, on screen at ${searchMs.toFixed(0)} ms`);
    const sb = appRunLast.settleBytes;
    console.log(`  after the home showed, before the tap: JS ${kib(sb.jsBytes)}, CSS ${kib(sb.cssBytes)}, ${sb.requests} requests (prefetches)`);
    console.log(`  岗位 tap loads: JS ${kib(jb.jsBytes)}, CSS ${kib(jb.cssBytes)}, ${jb.requests} requests`);
    if (process.argv.includes('--waterfall')) {
      for (const [label, b] of [['home', hb], ['after home, before the tap', sb], ['岗位 tap', jb], ['bare', bb]] as const) {
        console.log(`  waterfall (${label}):`);
        for (const e of b.waterfall) console.log(`    ${String(e.start).padStart(6)} → ${String(e.end).padStart(6)} ms ${kib(e.bytes).padStart(10)}  ${e.name}`);
      }
    }
    const pick = (b: Bytes) => ({ jsBytes: b.jsBytes, cssBytes: b.cssBytes, requests: b.requests });
    return {
      cpuSlowdown: RATE,
      runs: RUNS,
      bareFirstScreenMs: Math.round(bareMs),
      homeMs: Math.round(homeMs),
      homeDrawnMs: Math.round(homeDrawnMs),
      homeDrawnVsBare,
      jobsTabMs: Math.round(jobsTabMs),
      searchMs: Math.round(searchMs),
      homeVsBare: ratios.home,
      jobsTabVsBare: ratios.jobsTab,
      searchVsBare: ratios.search,
      budgets: H5_BUDGETS,
      pass,
      firstLoad: { app: pick(hb), bare: pick(bb) },
      jobsTabLoad: pick(jb),
      searchRequestStartMs: Math.round(reqStart),
      searchResponseEndMs: Math.round(resEnd),
      samples,
    };
  } finally {
    await phone.close();
    await app.close();
    await bare.close();
    await store.close();
    setLogSink(prevSink);
  }
}

if (require.main === module) {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  benchH5Phone().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
