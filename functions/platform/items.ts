import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from './db';
import { GSIS, TABLE_KEYS } from './table';

/** An item as the document client returns it. */
export type Item = Record<string, unknown>;

/** What an item holds besides its record: the keys of the table and of every index, and the entity type. */
const NOT_RECORD = new Set<string>([
  'type',
  TABLE_KEYS.partitionKey,
  TABLE_KEYS.sortKey,
  ...GSIS.flatMap((g) => [g.partitionKey, g.sortKey]),
]);

/**
 * A record read back from the item its store wrote as `{ ...keys, type, ...record }`: the item
 * without its keys and type, with `defaults` for attributes that items written before them lack.
 * Only for entities whose items hold nothing else; a store that also keeps derived attributes
 * (a posting's search text) maps its items field by field.
 */
export function recordOf<T extends object>(item: Item, defaults: Partial<T> = {}): T {
  const record: Item = { ...defaults };
  for (const [k, v] of Object.entries(item)) if (v !== undefined && !NOT_RECORD.has(k)) record[k] = v;
  return record as T;
}

/**
 * Updates an item that must already exist: UpdateItem on a missing key would otherwise create a
 * stray item holding only the updated attributes. A missing item fails the condition.
 */
export async function updateExisting(
  db: Db,
  key: Record<string, string>,
  expression: string,
  values: Item,
  names?: Record<string, string>,
): Promise<void> {
  await db.doc.send(
    new UpdateCommand({
      TableName: db.table,
      Key: key,
      UpdateExpression: expression,
      ConditionExpression: 'attribute_exists(PK)',
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    }),
  );
}
