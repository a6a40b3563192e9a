import Koa from 'koa';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import type { Deps } from '../platform/deps';
import { matchRoute } from '../routes';
import { buildAllApps } from './apps';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/**
 * One local server (not yet listening): `/api/*` goes to the function that the route table
 * names (as the HTTP API does in the cloud), everything else is the H5 build. API requests go
 * straight from Node's server to the function's Koa app, with no Koa context of the gateway's
 * own in between (the cloud has none either), so the local API costs what the functions cost.
 */
export function buildGateway(deps: Deps, staticDir: string): Server {
  const apps = buildAllApps(deps);
  const callbacks = Object.fromEntries(Object.entries(apps).map(([name, app]) => [name, app.callback()]));
  const files = staticFiles(staticDir).callback();
  return createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path !== '/api' && !path.startsWith('/api/')) return void files(req, res);
    const fn = matchRoute(req.method ?? 'GET', path);
    const target = fn ? callbacks[fn] : undefined;
    if (target) return void target(req, res);
    res.statusCode = 404;
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.end(JSON.stringify({ error: { code: 'NOT_FOUND', message: '没有找到这条内容' } }));
  });
}

/** The H5 build: its files, and index.html for every other path (browser-history routes). */
function staticFiles(staticDir: string): Koa {
  const root = resolve(staticDir);
  const app = new Koa();
  app.use(async (ctx) => {
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') {
      ctx.status = 405;
      return;
    }
    let decoded: string;
    try {
      decoded = decodeURIComponent(ctx.path);
    } catch {
      // A malformed escape (`/%ZZ`) is the caller's mistake: 400, never a 500.
      ctx.status = 400;
      ctx.body = 'Bad request';
      return;
    }
    let file = normalize(join(root, decoded));
    if (!file.startsWith(root)) {
      ctx.status = 404;
      return;
    }
    const info = await stat(file).catch(() => null);
    if (!info || info.isDirectory()) file = join(root, 'index.html');
    const found = await stat(file).catch(() => null);
    if (!found) {
      ctx.status = 404;
      ctx.body = 'H5 build not found: run npm run build:h5';
      return;
    }
    ctx.type = TYPES[extname(file)] ?? 'application/octet-stream';
    ctx.set('cache-control', file.endsWith('index.html') ? 'no-cache' : 'public, max-age=3600');
    ctx.body = createReadStream(file);
  });
  return app;
}
