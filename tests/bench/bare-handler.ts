import { DynamoDBClient } from '@aws-sdk/client-dynamodb';

/**
 * The cold-load yardstick: a handler that only creates the SDK v3 DynamoDB client,
 * bundled exactly like the functions. Each function should load within 1.3× of it.
 */
const client = new DynamoDBClient({});

export const handler = async () => ({
  statusCode: 200,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ ok: true, region: typeof client.config.region }),
});
