import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { GsiName } from './table';
import type { Deps } from './deps';
import { queryAll } from './paging';

/** A table key as every item has it. */
export interface ItemKey {
  PK: string;
  SK: string;
}

/** Deletes items by key, 25 per batch, retrying what DynamoDB hands back unprocessed. */
export async function deleteKeys({ db }: Pick<Deps, 'db'>, keys: ItemKey[]): Promise<void> {
  for (let i = 0; i < keys.length; i += 25) {
    let requests = keys.slice(i, i + 25).map((Key) => ({ DeleteRequest: { Key } }));
    for (let attempt = 0; requests.length && attempt < 8; attempt++) {
      const r = await db.doc.send(new BatchWriteCommand({ RequestItems: { [db.table]: requests } }));
      requests = (r.UnprocessedItems?.[db.table] ?? []) as typeof requests;
    }
    if (requests.length) throw new Error('Batch delete left items unprocessed');
  }
}

/**
 * The table keys of every item in one partition of the table (index unset) or of a GSI,
 * all pages. For erasure, whose partitions are one person's and small.
 */
export async function queryAllKeys({ db }: Pick<Deps, 'db'>, input: { index?: GsiName; pk: string }): Promise<ItemKey[]> {
  const items = await queryAll(db, { index: input.index, partitionValue: input.pk });
  return items.map((i) => ({ PK: i.PK as string, SK: i.SK as string }));
}

/** Deletes every item of one base-table partition (e.g. a question with its messages). */
export async function deletePartition(deps: Pick<Deps, 'db'>, pk: string): Promise<number> {
  const keys = await queryAllKeys(deps, { pk });
  await deleteKeys(deps, keys);
  return keys.length;
}
