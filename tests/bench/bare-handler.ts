import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';

/**
 * The cold-load yardstick: a handler that only creates the SDK v3 DynamoDB client, as
 * one plain esbuild bundle (what a bare handler ships). Each function should load within
 * 1.3× of it. The functions are packaged with more (a V8 code cache, the SDK from its ES
 * modules); the bench's `bare+cc` row is this handler packaged that way, printed so the
 * packaging's share of the ratio can be seen.
 *
 * For the bench's second column ("first DB request") the same handler, asked for
 * /api/__bare-db, reads one item with GetItem; DYNAMO_ENDPOINT (set only for that
 * column) points the client at dynalite with static credentials, as createDb does.
 */
const endpoint = process.env.DYNAMO_ENDPOINT;
const client = new DynamoDBClient(endpoint ? { endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {});

export const handler = async (event: { rawPath?: string }) => {
  if (event.rawPath === '/api/__bare-db') {
    const { Item } = await client.send(
      new GetItemCommand({ TableName: process.env.TABLE_NAME, Key: { PK: { S: 'bench#bare' }, SK: { S: 'bench#bare' } } }),
    );
    return { statusCode: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ found: Boolean(Item) }) };
  }
  return {
    statusCode: 200,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ok: true, region: typeof client.config.region }),
  };
};
