import { CreateTableCommand, DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Config } from './config';
import { createTableInput, GSIS } from './table';

export interface Db {
  readonly doc: DynamoDBDocumentClient;
  table: string;
}

/**
 * The document client is made on first use (the first `db.doc.send(...)`), not when
 * the function module loads: a cold start that answers without the database never
 * pays for the SDK's client setup, and the packaged bundles (scripts/package-functions.ts)
 * also defer loading the SDK code itself until then.
 */
export function createDb(config: Pick<Config, 'tableName' | 'region' | 'dynamoEndpoint'>): Db {
  let doc: DynamoDBDocumentClient | undefined;
  return {
    get doc() {
      return (doc ??= createDocClient(config));
    },
    table: config.tableName,
  };
}

function createDocClient(config: Pick<Config, 'region' | 'dynamoEndpoint'>): DynamoDBDocumentClient {
  const client = new DynamoDBClient({
    region: config.region,
    ...(config.dynamoEndpoint
      ? { endpoint: config.dynamoEndpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
      : {}),
  });
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
  });
}

/**
 * Creates the table if it is missing (local runs and tests; the cloud uses infra/). A table
 * made before an index was added (an old `.data`) is refused with what to do: dynalite cannot
 * add an index to an existing table.
 */
export async function ensureTable(db: Db): Promise<boolean> {
  try {
    const { Table } = await db.doc.send(new DescribeTableCommand({ TableName: db.table }));
    const have = new Set((Table?.GlobalSecondaryIndexes ?? []).map((g) => g.IndexName));
    const missing = GSIS.map((g) => g.indexName).filter((n) => !have.has(n));
    if (missing.length) {
      throw new Error(
        `Table ${db.table} has no index ${missing.join(', ')}: it was made before the index was added. ` +
          'Locally, delete the data directory (DATA_DIR, default .data) and start again; a deployed table gets it from the stack (infra/README.md).',
      );
    }
    return false;
  } catch (e) {
    if ((e as { name?: string }).name !== 'ResourceNotFoundException') throw e;
  }
  await db.doc.send(new CreateTableCommand(createTableInput(db.table)));
  for (let i = 0; i < 100; i++) {
    const { Table } = await db.doc.send(new DescribeTableCommand({ TableName: db.table }));
    if (Table?.TableStatus === 'ACTIVE') return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('Table did not become active');
}
