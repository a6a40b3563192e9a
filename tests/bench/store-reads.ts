import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { systemClock } from '../../functions/platform/clock';
import type { Config } from '../../functions/platform/config';
import { signToken } from '../../functions/platform/tokens';

/**
 * What one request of each main list route reads from the store: items read (a Query's
 * ScannedCount, a GetItem's item, a BatchGet's items) and the capacity consumed, which
 * DynamoDB (and dynalite) report when asked with ReturnConsumedCapacity TOTAL. A list page of
 * N should read at most N + 1 items, and only list fields (a small capacity per item).
 */
export const READ_ROUTES: [path: string, caller: 'anyone' | 'volunteer'][] = [
  ['/api/jobs', 'anyone'],
  ['/api/jobs?limit=20', 'anyone'],
  ['/api/slots', 'anyone'],
  ['/api/qa/articles?q=%E7%A6%BB%E5%A9%9A', 'anyone'],
  ['/api/qa/queue', 'volunteer'],
];

export interface StoreReadRow {
  path: string;
  status: number;
  listItems: number;
  storeCalls: number;
  itemsRead: number;
  capacityUnits: number;
}

interface Meter {
  calls: number;
  items: number;
  capacity: number;
}

type Capacity = { CapacityUnits?: number };
interface ReadOutput {
  ScannedCount?: number;
  Item?: unknown;
  Responses?: Record<string, unknown[]>;
  ConsumedCapacity?: Capacity | Capacity[];
}

/** Adds ReturnConsumedCapacity TOTAL to every command of this client and counts what comes back. */
function meter(doc: DynamoDBDocumentClient): Meter {
  const m: Meter = { calls: 0, items: 0, capacity: 0 };
  doc.middlewareStack.add(
    (next) => async (args) => {
      (args.input as Record<string, unknown>).ReturnConsumedCapacity = 'TOTAL';
      const r = await next(args);
      const out = r.output as ReadOutput;
      m.calls += 1;
      m.items += out.ScannedCount ?? (out.Item ? 1 : 0) + Object.values(out.Responses ?? {}).reduce((n, xs) => n + xs.length, 0);
      const cc = out.ConsumedCapacity;
      for (const c of Array.isArray(cc) ? cc : cc ? [cc] : []) m.capacity += c.CapacityUnits ?? 0;
      return r;
    },
    { step: 'initialize', name: 'benchStoreReads' },
  );
  return m;
}

export async function measureStoreReads(doc: DynamoDBDocumentClient, config: Config, port: number): Promise<StoreReadRow[]> {
  console.log('\n## Store reads per request (one request each; capacity as DynamoDB reports it, ReturnConsumedCapacity TOTAL)');
  const m = meter(doc);
  const volunteer = await signToken(config, systemClock, 'demo-volunteer');
  const rows: StoreReadRow[] = [];
  try {
    await readEach(m, volunteer, port, rows);
  } finally {
    // The latency runs that follow must not pay for the metering.
    doc.middlewareStack.remove('benchStoreReads');
  }
  return rows;
}

async function readEach(m: Meter, volunteer: string, port: number, rows: StoreReadRow[]): Promise<void> {
  for (const [path, caller] of READ_ROUTES) {
    // The search index and the like are built once per container: warm up, then count.
    const get = () => fetch(`http://127.0.0.1:${port}${path}`, { headers: caller === 'volunteer' ? { authorization: `Bearer ${volunteer}` } : {} });
    await (await get()).arrayBuffer();
    const before = { ...m };
    const res = await get();
    const body = (await res.json()) as { items?: unknown[] };
    const row: StoreReadRow = {
      path,
      status: res.status,
      listItems: body.items?.length ?? 0,
      storeCalls: m.calls - before.calls,
      itemsRead: m.items - before.items,
      capacityUnits: Math.round((m.capacity - before.capacity) * 100) / 100,
    };
    rows.push(row);
    console.log(
      `   GET ${decodeURIComponent(path).padEnd(28)} status ${row.status} · ${String(row.listItems).padStart(2)} listed · ${row.storeCalls} store calls · ${String(row.itemsRead).padStart(3)} items read · ${row.capacityUnits} RCU`,
    );
  }
}
