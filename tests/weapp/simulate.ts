import { existsSync, readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { posix } from 'node:path';
import { WEAPP } from './helpers';

/**
 * A WeChat logic layer for the weapp build, in a node jest test with jsdom as its DOM: the build's own files run in a
 * mini-program module system (`require` relative to the file, the `wx` global shared by every
 * webpack chunk), App/Page/Component are captured, and pages render through
 * miniprogram-simulate's j-component with templates compiled by WeChat's wcc
 * (miniprogram-compiler), so base.wxml's recursive templates and the `comp` component work
 * as on a phone. `wx` is miniprogram-simulate's mock, plus in-memory storage, recorded
 * navigation and a `wx.request` that calls the local API over HTTP.
 */

/* eslint-disable @typescript-eslint/no-require-imports */
type Options = Record<string, any>;
interface SimComponent {
  dom: HTMLElement;
  attach(parent: Element): void;
  detach(): void;
  instance: Options;
}
/**
 * miniprogram-simulate renders into a DOM: jsdom (the one jest-environment-jsdom ships) provides it as
 * globals of this node test, so the local API in the same process keeps node's TextEncoder, crypto…
 */
function installDom(): void {
  const g = globalThis as any;
  if (g.document) return;
  const jsdomPath = require.resolve('jsdom', { paths: [require.resolve('jest-environment-jsdom')] });
  const { JSDOM } = require(jsdomPath) as typeof import('jsdom');
  const { window } = new JSDOM('<!doctype html><html><head></head><body></body></html>', { pretendToBeVisual: true });
  g.window = window;
  for (const key of ['document', 'Event', 'CustomEvent', 'Node', 'Element', 'HTMLElement', 'Text', 'getComputedStyle', 'requestAnimationFrame', 'cancelAnimationFrame']) {
    if (g[key] === undefined) g[key] = (window as any)[key];
  }
}
installDom();

const simulate = require('miniprogram-simulate') as {
  load(definition: Options): string;
  render(id: string, props?: Options): SimComponent;
};
const exparser = require('miniprogram-exparser') as { Event: { create(name: string, detail: unknown, options: Options): unknown; dispatchEvent(target: unknown, event: unknown): void } };
const compiler = require('miniprogram-compiler') as { wxmlToJs(root: string, options?: Options): string };

export interface RequestRecord {
  url: string;
  method: string;
  status: number;
}

export interface WeappOptions {
  /** The local API every https request of the build goes to instead, e.g. http://127.0.0.1:41234. */
  api: string;
  /** Values the app finds in storage at launch (e.g. a session token). */
  storage?: Record<string, unknown>;
  /** The code wx.login hands out (with AUTH_MODE=local, `local:<demo handle>` signs in as that account). */
  loginCode?: string;
}

export interface Rendered {
  page: string;
  dom: HTMLElement;
  text(): string;
  /** Taps the first element whose text is `text` (innermost: a button's label, a card's title), as a finger would. */
  tap(text: string): void;
  close(): void;
}

let gwx: ((path: string) => unknown) | null = null;
/** Every wxml of the build compiled once by WeChat's wcc: `$gwx(path)` is a page's or component's render function. */
function wcc(): (path: string) => unknown {
  if (!gwx) {
    (window as any).__webview_engine_version__ = 0.02;
    const code = compiler.wxmlToJs(WEAPP, { maxBuffer: 64 * 1024 * 1024 });
    gwx = new Function(code)() as (path: string) => unknown;
  }
  return gwx;
}

let instances = 0;

const GLOBALS = ['require', 'module', 'exports', 'wx', 'App', 'Page', 'Component', 'getApp', 'getCurrentPages', 'requirePlugin', '__wxConfig'];

export class Weapp {
  readonly requests: RequestRecord[] = [];
  readonly navigations: { api: string; url: string }[] = [];
  readonly storage = new Map<string, unknown>();
  readonly wx: Options;
  private readonly modules = new Map<string, { exports: unknown }>();
  private readonly pageOptions = new Map<string, Options>();
  private readonly componentOptions = new Map<string, Options>();
  private readonly stack: Options[] = [];
  private readonly appJson: Options;
  private readonly wxConfig: Options;
  private app: Options | null = null;
  private running: string | null = null;
  private readonly registered = new Map<string, string>();
  private seq = 0;
  private inFlight = 0;
  /** j-component ids are global: each Weapp (its own Taro runtime) registers its own copies. */
  private readonly prefix = `weapp${++instances}`;

  constructor(private readonly options: WeappOptions) {
    this.appJson = JSON.parse(readFileSync(`${WEAPP}/app.json`, 'utf8')) as Options;
    this.wxConfig = { ...this.appJson, global: { window: this.appJson.window }, accountInfo: { appId: 'wx0000000000000000' }, envVersion: 'develop' };
    for (const [k, v] of Object.entries(options.storage ?? {})) this.storage.set(k, v);
    this.wx = this.buildWx();
  }

  /** Runs app.js and App's onLaunch/onShow, as WeChat does before the first page. */
  launch(): void {
    this.require('', './app');
    if (!this.app) throw new Error('app.js did not call App()');
    const first = this.appJson.pages[0] as string;
    this.app.onLaunch?.call(this.app, { path: first, query: {}, scene: 1001 });
    this.app.onShow?.call(this.app, { path: first, query: {}, scene: 1001 });
  }

  /** Loads a page of app.json, mounts it as WeChat would (onLoad, onShow, onReady) and attaches it to the document. */
  open(page: string, query: Record<string, string> = {}): Rendered {
    const id = this.pageComponent(page);
    const comp = simulate.render(id, {});
    const holder = document.createElement('page-holder');
    document.body.appendChild(holder);
    const instance = comp.instance;
    instance.route = page;
    instance.__route__ = page;
    instance.options = query;
    this.stack.push(instance);
    comp.attach(holder);
    instance.onLoad(query);
    instance.onShow();
    instance.onReady();
    return {
      page,
      dom: comp.dom,
      text: () => (comp.dom.textContent ?? '').replace(/\s+/g, ' ').trim(),
      tap: (text: string) => tap(comp.dom, text),
      close: () => {
        instance.onHide?.();
        instance.onUnload?.();
        this.stack.splice(this.stack.indexOf(instance), 1);
        comp.detach();
        holder.remove();
      },
    };
  }

  /**
   * Waits until the page is done: no request in flight and the rendered text unchanged over a
   * few samples (Taro batches setData on timers), or `timeoutMs`.
   */
  async settle(page: Rendered, timeoutMs = 5000): Promise<void> {
    const end = Date.now() + timeoutMs;
    let last = '';
    let stable = 0;
    while (Date.now() < end) {
      await new Promise((r) => setTimeout(r, 25));
      const text = page.text();
      stable = this.inFlight === 0 && text === last ? stable + 1 : 0;
      last = text;
      if (stable >= 6) return;
    }
  }

  private compiled(path: string): unknown {
    const fn = wcc()(path);
    if (typeof fn !== 'function') throw new Error(`wcc did not compile ${path}`);
    return fn;
  }

  /** Registers a component of the build (comp, custom-wrapper, …) and what it uses; returns its j-component id. */
  private component(path: string): string {
    const known = this.registered.get(path);
    if (known) return known;
    const id = `${this.prefix}-${path.replace(/\W+/g, '-')}`;
    this.registered.set(path, id);
    const json = JSON.parse(readFileSync(`${WEAPP}/${path}.json`, 'utf8')) as Options;
    const using = this.using(path, json);
    this.require('', `./${path}`);
    const opts = this.componentOptions.get(path);
    if (!opts) throw new Error(`${path}.js did not call Component()`);
    simulate.load({ ...opts, id, tagName: posix.basename(path), template: this.compiled(`${path}.wxml`), usingComponents: using });
    return id;
  }

  private using(from: string, json: Options): Record<string, string> {
    const using: Record<string, string> = {};
    for (const [tag, rel] of Object.entries((json.usingComponents ?? {}) as Record<string, string>)) {
      const target = rel.startsWith('/') ? rel.slice(1) : posix.join(posix.dirname(from), rel);
      using[tag] = this.component(target);
    }
    return using;
  }

  /** A page's Page() options as a j-component definition: every function a method, `data` its data. */
  private pageComponent(page: string): string {
    const json = JSON.parse(readFileSync(`${WEAPP}/${page}.json`, 'utf8')) as Options;
    const using = this.using(page, json);
    this.require('', `./${page}`);
    const opts = this.pageOptions.get(page);
    if (!opts) throw new Error(`${page}.js did not call Page()`);
    const methods: Options = {};
    const data: Options = {};
    for (const [k, v] of Object.entries(opts)) {
      if (typeof v === 'function') methods[k] = v;
      else if (k === 'data') Object.assign(data, v);
    }
    return simulate.load({ id: `${this.prefix}-page-${++this.seq}`, tagName: 'page', template: this.compiled(`${page}.wxml`), usingComponents: using, data, methods });
  }

  /** The mini-program `require`: paths relative to the requiring file, `.js` optional, one instance per file. */
  require(from: string, rel: string): unknown {
    let path = rel.startsWith('/') ? rel.slice(1) : posix.normalize(posix.join(posix.dirname(from || 'app.js'), rel));
    if (!path.endsWith('.js')) path += '.js';
    const cached = this.modules.get(path);
    if (cached) return cached.exports;
    const file = `${WEAPP}/${path}`;
    if (!existsSync(file)) throw new Error(`module not found: ${path} (required from ${from || 'WeChat'})`);
    const module = { exports: {} as unknown };
    this.modules.set(path, module);
    const run = new Function(...GLOBALS, readFileSync(file, 'utf8'));
    const outer = this.running;
    this.running = path.replace(/\.js$/, '');
    try {
      run(
        (r: string) => this.require(path, r),
        module,
        module.exports,
        this.wx,
        (o: Options) => this.defineApp(o),
        (o: Options) => this.pageOptions.set(this.running ?? '', o),
        (o: Options) => this.componentOptions.set(this.running ?? '', o),
        () => this.app,
        () => [...this.stack],
        () => ({}),
        this.wxConfig,
      );
    } finally {
      this.running = outer;
    }
    return module.exports;
  }

  private defineApp(o: Options): void {
    // WeChat's App() makes the instance from the options object; getApp() returns it.
    this.app = o;
  }

  private buildWx(): Options {
    const base = (globalThis as any).wx as Options;
    const ok = (name: string, extra: Options = {}) => (o: Options = {}) => {
      const res = { errMsg: `${name}:ok`, ...extra };
      o.success?.(res);
      o.complete?.(res);
      return Promise.resolve(res);
    };
    const navigate = (api: string) => (o: Options = {}) => {
      this.navigations.push({ api, url: String(o.url ?? '') });
      return ok(api)(o);
    };
    const storage = this.storage;
    return {
      ...base,
      getStorageSync: (key: string) => (storage.has(key) ? storage.get(key) : ''),
      setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
      removeStorageSync: (key: string) => void storage.delete(key),
      clearStorageSync: () => storage.clear(),
      getStorage: (o: Options) =>
        storage.has(o.key) ? ok('getStorage', { data: storage.get(o.key) })(o) : (o.fail?.({ errMsg: 'getStorage:fail data not found' }), undefined),
      setStorage: (o: Options) => (storage.set(o.key, o.data), ok('setStorage')(o)),
      removeStorage: (o: Options) => (storage.delete(o.key), ok('removeStorage')(o)),
      navigateTo: navigate('navigateTo'),
      redirectTo: navigate('redirectTo'),
      switchTab: navigate('switchTab'),
      reLaunch: navigate('reLaunch'),
      navigateBack: navigate('navigateBack'),
      request: (o: Options) => this.request(o),
      login: (o: Options = {}) => ok('login', { code: this.options.loginCode ?? 'no-login-code' })(o),
      createSelectorQuery: () => selectorQuery(),
    };
  }

  /** wx.request to the local API: the build's https origin is swapped for the test's server, the path is kept. */
  private request(o: Options): Options {
    const original = String(o.url);
    const m = /^https:\/\/[^/]+(\/.*)$/.exec(original);
    const method = String(o.method ?? 'GET').toUpperCase();
    const record: RequestRecord = { url: original, method, status: 0 };
    this.requests.push(record);
    const fail = (msg: string) => {
      const res = { errMsg: `request:fail ${msg}` };
      o.fail?.(res);
      o.complete?.(res);
    };
    if (!m) {
      // WeChat refuses anything but https.
      setTimeout(() => fail(`url not in https: ${original}`));
      return { abort() {}, onHeadersReceived() {}, offHeadersReceived() {} };
    }
    const url = new URL(m[1], this.options.api);
    const body = o.data === undefined || method === 'GET' ? undefined : typeof o.data === 'string' ? o.data : JSON.stringify(o.data);
    if (method === 'GET' && o.data && typeof o.data === 'object') {
      for (const [k, v] of Object.entries(o.data as Options)) url.searchParams.set(k, String(v));
    }
    this.inFlight++;
    const req = httpRequest(url, { method, headers: { ...(o.header ?? {}), ...(body ? { 'content-length': Buffer.byteLength(body) } : {}) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let data: unknown = text;
        if (o.dataType !== 'text') {
          try {
            data = JSON.parse(text);
          } catch {
            // WeChat hands over the string when it is not JSON.
          }
        }
        record.status = res.statusCode ?? 0;
        this.inFlight--;
        const result = { data, statusCode: res.statusCode, header: res.headers, cookies: [], errMsg: 'request:ok' };
        o.success?.(result);
        o.complete?.(result);
      });
    });
    req.on('error', (e) => {
      this.inFlight--;
      fail(e.message);
    });
    if (body) req.write(body);
    req.end();
    return { abort: () => req.destroy(), onHeadersReceived() {}, offHeadersReceived() {} };
  }
}

/**
 * wx.createSelectorQuery: miniprogram-simulate's mock does not chain (select() returns nothing).
 * This one chains and answers every node with a zero-sized box and no canvas node — jsdom lays
 * nothing out and has no canvas, so charts (F2 on a canvas node) draw nothing here.
 */
function selectorQuery(): Options {
  const results: unknown[] = [];
  const query: Options = {
    in: () => query,
    exec: (cb?: (r: unknown[]) => void) => {
      setTimeout(() => cb?.(results.slice()));
      return query;
    },
  };
  const nodes = (selector: string, all: boolean): Options => {
    const box = { id: selector.replace(/^#/, ''), dataset: {}, left: 0, right: 0, top: 0, bottom: 0, width: 0, height: 0, scrollLeft: 0, scrollTop: 0 };
    const answer = (cb?: (r: unknown) => void) => {
      const r = all ? [] : box;
      results.push(r);
      if (cb) setTimeout(() => cb(r));
      return query;
    };
    return { boundingClientRect: answer, fields: (_f: unknown, cb?: (r: unknown) => void) => answer(cb), scrollOffset: answer, node: answer, context: answer };
  };
  query.select = (s: string) => nodes(s, false);
  query.selectAll = (s: string) => nodes(s, true);
  query.selectViewport = () => nodes('viewport', false);
  return query;
}

function tap(root: HTMLElement, text: string): void {
  const matches = [...root.querySelectorAll('*')].filter((e) => (e.textContent ?? '').trim() === text);
  // The first one on the page, innermost (no matching element inside it).
  const target = matches.find((e) => !matches.some((m) => m !== e && e.contains(m))) as (Element & { __wxElement?: unknown }) | undefined;
  if (!target?.__wxElement) throw new Error(`nothing to tap with the text ${JSON.stringify(text)}`);
  // Taro binds `bindtap="eh"` on every element; the tap bubbles from the innermost one, as on a phone.
  const touch = { identifier: 0, pageX: 0, pageY: 0, clientX: 0, clientY: 0 };
  exparser.Event.dispatchEvent(
    target.__wxElement,
    exparser.Event.create('tap', { x: 0, y: 0 }, { bubbles: true, composed: true, extraFields: { touches: [touch], changedTouches: [touch] } }),
  );
}
