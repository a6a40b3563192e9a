import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Deps } from './deps';
import { isConditionFailed } from './errors';
import { queryAllKeys } from './batch';
import { GSIS, type GsiName } from './table';

/** What one item of the old partition becomes: its new index keys (or null: leave no entry). */
export interface MovePlan {
  keys: Record<string, string> | null;
  /** The attributes the decision was read from; the write requires them unchanged. */
  readFrom: Record<string, unknown>;
}

const MAX_ATTEMPTS = 5;

/**
 * One-off move of a partition of one index into another, for a deployed table that gained an
 * index (scripts/move-list-views.ts). Each item is read strongly consistent, `plan` says what it
 * becomes from its own state (never from the old key alone, which a write made since the
 * deploy may have left stale), and one conditional write sets the new keys and removes the old
 * ones, only while the old key and the attributes read are unchanged; a lost race reads again.
 * Safe to run twice and beside live traffic.
 */
export async function moveIndexEntries(
  { db }: Pick<Deps, 'db'>,
  from: { index: GsiName; pk: string },
  plan: (item: Record<string, unknown>) => MovePlan,
): Promise<{ moved: number; dropped: number }> {
  const gsi = GSIS.find((g) => g.indexName === from.index);
  if (!gsi) throw new Error(`No index ${from.index}`);
  let moved = 0;
  let dropped = 0;
  for (const key of await queryAllKeys({ db }, from)) {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const { Item } = await db.doc.send(new GetCommand({ TableName: db.table, Key: key, ConsistentRead: true }));
      if (!Item || Item[gsi.partitionKey] !== from.pk) break;
      const p = plan(Item);
      const names: Record<string, string> = { '#opk': gsi.partitionKey, '#osk': gsi.sortKey };
      const values: Record<string, unknown> = { ':opk': from.pk };
      const sets = Object.entries(p.keys ?? {}).map(([k, v], i) => {
        names[`#n${i}`] = k;
        values[`:n${i}`] = v;
        return `#n${i} = :n${i}`;
      });
      const same = Object.entries(p.readFrom).map(([k, v], i) => {
        names[`#r${i}`] = k;
        if (v === undefined) return `attribute_not_exists(#r${i})`;
        values[`:r${i}`] = v;
        return `#r${i} = :r${i}`;
      });
      try {
        await db.doc.send(
          new UpdateCommand({
            TableName: db.table,
            Key: key,
            UpdateExpression: `${sets.length ? `SET ${sets.join(', ')} ` : ''}REMOVE #opk, #osk`,
            ConditionExpression: ['#opk = :opk', ...same].join(' AND '),
            ExpressionAttributeNames: names,
            ExpressionAttributeValues: values,
          }),
        );
        if (p.keys) moved++;
        else dropped++;
        break;
      } catch (e) {
        if (!isConditionFailed(e)) throw e;
      }
    }
  }
  return { moved, dropped };
}
