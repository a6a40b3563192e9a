import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Deps } from './deps';

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
