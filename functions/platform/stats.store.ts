import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Deps } from './deps';
import { regionStatsDayKey } from './keys';
import { queryAll } from './paging';

type StoreDeps = Pick<Deps, 'db'>;

/** Adds to one region's counters of one day with ADD: no read, no race. */
export async function addToDay({ db }: StoreDeps, pk: string, day: string, counters: [string, number][]): Promise<void> {
  await db.doc.send(
    new UpdateCommand({
      TableName: db.table,
      Key: regionStatsDayKey(pk, day),
      UpdateExpression: 'ADD ' + counters.map((_, i) => `#c${i} :v${i}`).join(', '),
      ExpressionAttributeNames: Object.fromEntries(counters.map(([k], i) => [`#c${i}`, k])),
      ExpressionAttributeValues: Object.fromEntries(counters.map(([, v], i) => [`:v${i}`, v])),
    }),
  );
}

/** The day items of one region from `from` to `to` (inclusive `YYYY-MM-DD`), in day order. */
export async function queryDays({ db }: StoreDeps, pk: string, from: string, to: string): Promise<{ day: string; item: Record<string, unknown> }[]> {
  const items = await queryAll(db, {
    partitionValue: pk,
    sortCondition: '#sk BETWEEN :from AND :to',
    values: { ':from': regionStatsDayKey(pk, from).SK, ':to': regionStatsDayKey(pk, to).SK },
  });
  return items.map((item) => ({ day: String(item.SK).slice('DAY#'.length), item }));
}
