import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { buildGateway } from '../../functions/local/gateway';
import { FIRST_SCREEN_ID } from '../../client/utils/first-screen';
import { seedAll } from '../../functions/local/seed';
import type { Deps } from '../../functions/platform/deps';
import { startTestStore, type TestStore } from '../helpers/dynamo';

/**
 * Browser tests run the real local gateway (every function + the H5 build) over a
 * fresh in-memory dynalite with the demo data, and drive Debian's chromium with a
 * small phone viewport. `npm run build:h5` must have run first (scripts/test-all.sh does).
 */

/** The H5 build to serve; H5_DIR points elsewhere when built with TARO_OUTPUT_DIR. */
export const H5_DIR = resolve(process.env.H5_DIR ?? resolve(__dirname, '../../dist/h5'));
export const ARTIFACTS_DIR = resolve(__dirname, 'artifacts');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const PHONE = { width: 375, height: 740 };

export interface App {
  /** e.g. http://127.0.0.1:41234 */
  baseUrl: string;
  deps: Deps;
  close(): Promise<void>;
}

/** The local gateway over `deps`, serving the static build in `dir`, on a free loopback port. */
export async function serveGateway(deps: Deps, dir: string): Promise<{ baseUrl: string; close(): Promise<void> }> {
  const server: Server = await new Promise((ok) => {
    const s = buildGateway(deps, dir).listen(0, '127.0.0.1', () => ok(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((ok) => server.close(() => ok()));
    },
  };
}

/** The gateway on a free port, seeded like `npm start`. */
export async function startApp(overrides: Partial<Deps> = {}): Promise<App> {
  if (!existsSync(join(H5_DIR, 'index.html'))) {
    throw new Error(`No H5 build at ${H5_DIR}: run \`npm run build:h5\` first.`);
  }
  const store: TestStore = await startTestStore(overrides);
  await seedAll(store.deps);
  const gateway = await serveGateway(store.deps, H5_DIR);
  return {
    baseUrl: gateway.baseUrl,
    deps: store.deps,
    close: async () => {
      await gateway.close();
      await store.close();
    },
  };
}

/**
 * The seeded app and one phone for a whole test file: started before its tests, closed after.
 * Read `env.app` and `env.phone` inside tests (they exist once beforeAll has run).
 */
export function useAppAndPhone(): { readonly app: App; readonly phone: Phone } {
  const env = {} as { app: App; phone: Phone };
  beforeAll(async () => {
    env.app = await startApp();
    env.phone = await openPhone();
  });
  afterAll(async () => {
    await env.phone?.close();
    await env.app?.close();
  });
  return env;
}

export interface Phone {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** A headless chromium with a fresh profile and a 375x740 touch viewport. */
export async function openPhone(): Promise<Phone> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'tayuan-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: PHONE,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  context.setDefaultTimeout(15_000);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Opens a path of the H5 build (browser history routes, e.g. /pages/jobs/index) and waits until
 * the app has drawn over the home's HTML first screen (index.html), so a locator never meets
 * the same words twice.
 */
export async function visit(page: Page, app: App, path = '/'): Promise<void> {
  await page.goto(`${app.baseUrl}${path}`);
  await page.waitForFunction((id) => !document.getElementById(id), FIRST_SCREEN_ID);
}

/** Signs in through 我的 → 选择演示账号 as a seeded demo handle (resident, staff, …). */
export const DEMO_NAMES: Record<string, string> = {
  resident: '居民小林',
  resident2: '居民小周',
  volunteer: '陈律师',
  volunteer2: '王调解员',
  staff: '省妇联 李老师',
  'staff-nanchang': '南昌市妇联 周老师',
  'staff-donghu': '东湖区妇联 吴老师',
  worker: '滨江社区 刘姐',
  worker2: '顺化门社区 赵姐',
};

export async function login(page: Page, app: App, handle: keyof typeof DEMO_NAMES | string): Promise<void> {
  const name = DEMO_NAMES[handle];
  if (!name) throw new Error(`Unknown demo handle ${handle}`);
  await visit(page, app, '/pages/me/index');
  await button(page, name).click();
  // Exactly 退出登录: 我的 also offers 在其他设备退出登录.
  await buttonExactly(page, '退出登录').waitFor();
}

/**
 * A tappable thing by its text: Taro's <Button> renders as <taro-button-core> (no
 * button role), `Press` (components/plain.ts) as a native <button>, our own tappable Views
 * carry role="button".
 */
export function button(page: Page | Locator, text: string | RegExp): Locator {
  return page.locator('taro-button-core, button, [role="button"]').filter({ hasText: text });
}

/** A tappable thing whose text is exactly `text` (surrounding spaces aside): 8 点, not 18 点. */
export function buttonExactly(page: Page | Locator, text: string): Locator {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return button(page, new RegExp(`^\\s*${escaped}\\s*$`));
}

/** The native <input>/<textarea> inside a Taro <Input>/<Textarea>, found by its placeholder. */
export function field(page: Page | Locator, placeholder: string): Locator {
  return page.locator(`input[placeholder="${placeholder}"], textarea[placeholder="${placeholder}"]`);
}

/** Confirms the open Taro.showModal dialog of the H5 build with its confirm button. */
export async function confirmModal(page: Page): Promise<void> {
  await page.locator('.taro__modal .taro-model__confirm').click();
}

/** Full-page screenshot under tests/e2e/artifacts/ (git-ignored), for a human to look at. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = join(ARTIFACTS_DIR, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  // Let Taro's page slide-in finish so the picture shows one page.
  await page.waitForTimeout(400);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
