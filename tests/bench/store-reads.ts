import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { systemClock } from '../../functions/platform/clock';
import type { Config } from '../../functions/platform/config';
import { signToken } from '../../functions/platform/tokens';
import { capacityUsed, itemsRead, recordStoreReads, type StoreRead } from '../helpers/store-reads';
import { startBenchGateway } from './bench-gateway';

/**
 * What one request of each main list route reads from the store: items read (a Query's
 * ScannedCount, a GetItem's item, a BatchGet's items) and the capacity consumed, which
 * DynamoDB (and dynalite) report when asked with ReturnConsumedCapacity TOTAL. A list page of
 * N should read at most N + 1 items, and only list fields (a small capacity per item).
 * `npx tsx tests/bench/store-reads.ts` prints these alone; `npm run bench` with the latencies.
 */
export const READ_ROUTES: [path: string, caller: 'anyone' | 'volunteer'][] = [
  ['/api/jobs', 'anyone'],
  ['/api/jobs?limit=20', 'anyone'],
  ['/api/slots', 'anyone'],
  ['/api/slots?limit=5', 'anyone'],
  ['/api/qa/articles?q=%E7%A6%BB%E5%A9%9A', 'anyone'],
  ['/api/qa/queue', 'volunteer'],
  ['/api/qa/queue?limit=5', 'volunteer'],
];

export interface StoreReadRow {
  path: string;
  status: number;
  listItems: number;
  storeCalls: number;
  itemsRead: number;
  capacityUnits: number;
  /** The same for the list's own Queries alone (the rest: who is asking, the search index's version…). */
  listQueries: { indexes: string[]; itemsRead: number; capacityUnits: number } | null;
}

export async function measureStoreReads(doc: DynamoDBDocumentClient, config: Config, port: number): Promise<StoreReadRow[]> {
  console.log('\n## Store reads per request (one request each; capacity as DynamoDB reports it, ReturnConsumedCapacity TOTAL)');
  const volunteer = await signToken(config, systemClock, 'demo-volunteer');
  const recorder = recordStoreReads(doc, 'benchStoreReads');
  try {
    const rows: StoreReadRow[] = [];
    for (const [path, caller] of READ_ROUTES) rows.push(await readOnce(recorder.reads, path, caller === 'volunteer' ? volunteer : null, port));
    return rows;
  } finally {
    // The latency runs that follow must not pay for the metering.
    recorder.stop();
  }
}

async function readOnce(reads: StoreRead[], path: string, token: string | null, port: number): Promise<StoreReadRow> {
  // The search index and the like are built once per container: warm up, then count.
  const get = () => fetch(`http://127.0.0.1:${port}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  await (await get()).arrayBuffer();
  const from = reads.length;
  const res = await get();
  const body = (await res.json()) as { items?: unknown[] };
  const mine = reads.slice(from);
  const queries = mine.filter((r) => r.command === 'QueryCommand');
  const row: StoreReadRow = {
    path,
    status: res.status,
    listItems: body.items?.length ?? 0,
    storeCalls: mine.length,
    itemsRead: itemsRead(mine),
    capacityUnits: capacityUsed(mine),
    listQueries: queries.length
      ? { indexes: [...new Set(queries.map((q) => q.index ?? 'table'))], itemsRead: itemsRead(queries), capacityUnits: capacityUsed(queries) }
      : null,
  };
  const q = row.listQueries;
  const query = q ? ` (list: ${queries.length} Query on ${q.indexes.join(', ')}, ${q.itemsRead} items, ${q.capacityUnits} RCU)` : '';
  console.log(
    `   GET ${decodeURIComponent(path).padEnd(24)} status ${row.status} · ${String(row.listItems).padStart(2)} listed · ${row.storeCalls} store calls · ${String(row.itemsRead).padStart(3)} items read · ${row.capacityUnits} RCU${query}`,
  );
  return row;
}

if (require.main === module) {
  (async () => {
    const gateway = await startBenchGateway();
    try {
      await measureStoreReads(gateway.deps.db.doc, gateway.config, gateway.port);
    } finally {
      await gateway.close();
    }
  })().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
