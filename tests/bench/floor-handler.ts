import Router from '@koa/router';
import serverless from 'serverless-http';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { createDb } from '../../functions/platform/db';
import { createHttpApp } from '../../functions/platform/http';

/**
 * The framework floor: the SDK client as in the bare handler, plus what every
 * function shares (Koa app with the platform error mapper and body parser, a router,
 * serverless-http) and no feature code. The gap from bare to here is the stack;
 * the gap from here to a function is that function's own module-level work.
 */
const db = createDb({
  tableName: process.env.TABLE_NAME ?? 'bench',
  region: process.env.AWS_REGION ?? 'cn-northwest-1',
  dynamoEndpoint: process.env.DYNAMO_ENDPOINT,
});
const router = new Router();
router.get('/api/floor', (ctx) => {
  ctx.body = { ok: true, table: db.table };
});

router.get('/api/floor-db', async (ctx) => {
  const { Item } = await db.doc.send(new GetCommand({ TableName: db.table, Key: { PK: 'bench#floor', SK: 'bench#floor' } }));
  ctx.body = { found: Boolean(Item) };
});

export const handler = serverless(createHttpApp(router));
