import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Page } from '../../shared/common';
import type { Db } from './db';
import { badCursor, decodeCursor, encodeCursor } from './cursor';
import { TABLE_KEYS, type GsiName, GSIS } from './table';

type Item = Record<string, unknown>;

/** One filtered Query over a partition of the table or of a GSI. */
export interface FilteredQuery {
  index?: GsiName;
  partitionValue: string;
  /** Optional extra condition on the sort key, e.g. `#sk >= :from` (the name `#sk` is provided). */
  sortCondition?: string;
  forward: boolean;
  /** Strongly consistent (base table only), for a read right after a write. */
  consistent?: boolean;
  filter?: string;
  names?: Record<string, string>;
  values?: Record<string, unknown>;
  /** Only these attributes (the keys the cursor needs are added); all when unset. */
  project?: readonly string[];
  /**
   * The filter rarely rejects an item (e.g. only expiry on an open-postings partition): each
   * round reads what the page still needs plus one, so a page of N usually reads N + 1 items.
   */
  dense?: boolean;
}

/** Items read per Query round; DynamoDB applies Limit before the filter. */
const ROUND_SIZE = 40;
/** Bounds the work of one request when a filter is very selective; the cursor resumes exactly. */
const MAX_ROUNDS = 25;

const keyNames = (index?: GsiName): string[] => {
  const base = [TABLE_KEYS.partitionKey, TABLE_KEYS.sortKey];
  const gsi = GSIS.find((g) => g.indexName === index);
  return gsi ? [...base, gsi.partitionKey, gsi.sortKey] : base;
};

const partitionName = (index?: GsiName) =>
  GSIS.find((g) => g.indexName === index)?.partitionKey ?? TABLE_KEYS.partitionKey;
const sortName = (index?: GsiName) => GSIS.find((g) => g.indexName === index)?.sortKey ?? TABLE_KEYS.sortKey;

const pick = (item: Item, names: string[]) => Object.fromEntries(names.map((n) => [n, item[n]]));

/**
 * A cursor names the index it belongs to and the full key of the last item the
 * caller has seen. One made for another query (other filters, another fair) is a
 * 400, never a store error.
 */
function startKeyFrom(cursor: string | undefined, q: FilteredQuery): Item | undefined {
  const decoded = decodeCursor(cursor);
  if (!decoded) return undefined;
  const names = keyNames(q.index);
  const key = decoded.k;
  if (decoded.i !== (q.index ?? 'table') || typeof key !== 'object' || key === null || Array.isArray(key)) {
    throw badCursor();
  }
  const k = key as Item;
  if (Object.keys(k).length !== names.length || !names.every((n) => typeof k[n] === 'string')) throw badCursor();
  if (k[partitionName(q.index)] !== q.partitionValue) throw badCursor();
  return k;
}

const cursorFor = (q: FilteredQuery, key: Item) =>
  encodeCursor({ i: q.index ?? 'table', k: pick(key, keyNames(q.index)) });

/** The Query input of one round; `limit` unset reads whole 1 MB pages. */
function queryInput(db: Db, q: FilteredQuery, start: Item | undefined, limit?: number) {
  const names: Record<string, string> = { ...(q.names ?? {}), '#pk': partitionName(q.index) };
  if (q.sortCondition) names['#sk'] = sortName(q.index);
  let projection: string | undefined;
  if (q.project) {
    const attrs = [...new Set([...keyNames(q.index), ...q.project])];
    attrs.forEach((a, i) => (names[`#p${i}`] = a));
    projection = attrs.map((_, i) => `#p${i}`).join(', ');
  }
  return new QueryCommand({
    ProjectionExpression: projection,
    TableName: db.table,
    IndexName: q.index,
    KeyConditionExpression: q.sortCondition ? `#pk = :pk AND ${q.sortCondition}` : '#pk = :pk',
    FilterExpression: q.filter,
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: { ...(q.values ?? {}), ':pk': q.partitionValue },
    ScanIndexForward: q.forward,
    ConsistentRead: q.consistent,
    Limit: limit,
    ExclusiveStartKey: start,
  });
}

/**
 * Reads Query pages until `limit` items passed the filter. When it stops in the
 * middle of a page the cursor is the key of the last item returned (not the
 * page's LastEvaluatedKey), so the next page starts right after it: no item is
 * skipped and none comes twice. Without a filter a page of N reads N + 1 items (the
 * extra one only tells whether there is more); a filter reads in rounds of ROUND_SIZE.
 */
export async function queryFiltered(db: Db, q: FilteredQuery, limit: number, cursor?: string): Promise<Page<Item>> {
  let start = startKeyFrom(cursor, q);
  const out: Item[] = [];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const r = await db.doc.send(queryInput(db, q, start, q.filter && !q.dense ? ROUND_SIZE : limit - out.length + 1));
    const items = r.Items ?? [];
    for (let i = 0; i < items.length; i++) {
      out.push(items[i]);
      if (out.length === limit) {
        const more = i < items.length - 1 || r.LastEvaluatedKey !== undefined;
        return { items: out, nextCursor: more ? cursorFor(q, items[i]) : null };
      }
    }
    if (!r.LastEvaluatedKey) return { items: out, nextCursor: null };
    start = r.LastEvaluatedKey;
  }
  // Everything up to `start` has been read and its matches returned, so resuming there is exact.
  return { items: out, nextCursor: start ? cursorFor(q, start) : null };
}

export interface Condition {
  expr: string;
  names?: Record<string, string>;
  values?: Record<string, unknown>;
}

/** Joins conditions with AND; names and values are only sent when some condition uses them. */
export function allOf(conditions: Condition[]): Pick<FilteredQuery, 'filter' | 'names' | 'values'> {
  if (conditions.length === 0) return {};
  return {
    filter: conditions.map((c) => c.expr).join(' AND '),
    names: Object.assign({}, ...conditions.map((c) => c.names ?? {})),
    values: Object.assign({}, ...conditions.map((c) => c.values ?? {})),
  };
}

/**
 * Every item of one partition (small, bounded partitions only: one person's items, an event's
 * sign-ups, the knowledge-base meta, a day range of statistics, the reminder window).
 */
export async function queryAll(db: Db, q: Omit<FilteredQuery, 'forward'> & { forward?: boolean }): Promise<Item[]> {
  const out: Item[] = [];
  let start: Item | undefined;
  do {
    const r = await db.doc.send(queryInput(db, { forward: true, ...q }, start));
    out.push(...(r.Items ?? []));
    start = r.LastEvaluatedKey;
  } while (start);
  return out;
}
