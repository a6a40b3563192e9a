import Router from '@koa/router';
import serverless from 'serverless-http';
import { createDb } from '../../functions/platform/db';
import { createHttpApp } from '../../functions/platform/http';

/**
 * The framework floor: the SDK client as in the bare handler, plus what every
 * function shares (Koa app with the platform error mapper and body parser, a router,
 * serverless-http) and no feature code. The gap from bare to here is the stack;
 * the gap from here to a function is that function's own module-level work.
 */
const db = createDb({ tableName: 'bench', region: process.env.AWS_REGION ?? 'cn-northwest-1' });
const router = new Router();
router.get('/api/floor', (ctx) => {
  ctx.body = { ok: true, table: db.table };
});

export const handler = serverless(createHttpApp(router));
