import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Deps } from '../../functions/platform/deps';
import { GSIS, type GsiName } from '../../functions/platform/table';

/** One store call as the client saw it come back. */
export interface StoreRead {
  command: string;
  index?: string;
  /** Items read: a Query's ScannedCount (before its filter), a GetItem's item, a BatchGet's items. */
  items: number;
  /** Every attribute name in the items returned. */
  attributes: string[];
  /** Capacity units as DynamoDB (and dynalite) report them with ReturnConsumedCapacity TOTAL. */
  capacity: number;
}

type Capacity = { CapacityUnits?: number };
interface ReadOutput {
  ScannedCount?: number;
  Item?: Record<string, unknown>;
  Items?: Record<string, unknown>[];
  Responses?: Record<string, Record<string, unknown>[]>;
  ConsumedCapacity?: Capacity | Capacity[];
}

const itemsOf = (out: ReadOutput) => [...(out.Items ?? []), ...(out.Item ? [out.Item] : []), ...Object.values(out.Responses ?? {}).flat()];

/**
 * Asks every command of this client for its consumed capacity and records each call, until
 * `stop()`. Used by the list-read API tests and by the bench (tests/bench/store-reads.ts).
 */
export function recordStoreReads(doc: DynamoDBDocumentClient, name = 'recordStoreReads'): { reads: StoreRead[]; stop(): void } {
  const reads: StoreRead[] = [];
  doc.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as { IndexName?: string; ReturnConsumedCapacity?: string };
      input.ReturnConsumedCapacity = 'TOTAL';
      const r = await next(args);
      const out = r.output as ReadOutput;
      const cc = out.ConsumedCapacity;
      reads.push({
        command: context.commandName ?? 'unknown',
        index: input.IndexName,
        items: out.ScannedCount ?? itemsOf(out).length,
        attributes: [...new Set(itemsOf(out).flatMap(Object.keys))],
        capacity: (Array.isArray(cc) ? cc : cc ? [cc] : []).reduce((n, c) => n + (c.CapacityUnits ?? 0), 0),
      });
      return r;
    },
    { step: 'initialize', name },
  );
  return { reads, stop: () => void doc.middlewareStack.remove(name) };
}

/** Items read by these calls together. */
export const itemsRead = (reads: StoreRead[]) => reads.reduce((n, r) => n + r.items, 0);
/** Capacity consumed by these calls together. */
export const capacityUsed = (reads: StoreRead[]) => Math.round(reads.reduce((n, r) => n + r.capacity, 0) * 100) / 100;

/** Every entry of one list in a list-view index (`GSI4`, `GSI5`), as the index holds it. */
export async function indexEntries(deps: Pick<Deps, 'db'>, indexName: GsiName, pk: string): Promise<Record<string, unknown>[]> {
  const partitionKey = GSIS.find((g) => g.indexName === indexName)?.partitionKey;
  const { Items } = await deps.db.doc.send(
    new QueryCommand({
      TableName: deps.db.table,
      IndexName: indexName,
      KeyConditionExpression: `${partitionKey} = :pk`,
      ExpressionAttributeValues: { ':pk': pk },
    }),
  );
  return Items ?? [];
}
