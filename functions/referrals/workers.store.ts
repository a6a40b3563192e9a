import { DeleteCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Page } from '../../shared/common';
import type { Deps } from '../platform/deps';
import { isConditionFailed } from '../platform/errors';
import { recordOf } from '../platform/items';
import { userKey, workerApplicationKey, workerApplicationsIndex, workerApplicationsPk } from '../platform/keys';
import { queryFiltered } from '../platform/paging';

/** A pending application to serve a community; the name is stored encrypted (the service encrypts). */
export interface ApplicationRecord {
  userId: string;
  communityId: string;
  city: string;
  district: string;
  name: string;
  appliedAt: string;
}

type StoreDeps = Pick<Deps, 'db'>;

/** One application per person per community: a conditional put. False when one is pending already. */
export async function putApplication({ db }: StoreDeps, a: ApplicationRecord): Promise<boolean> {
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.table,
        Item: {
          ...workerApplicationKey(a.communityId, a.userId),
          ...workerApplicationsIndex(a.city, a.district, a.appliedAt, a.userId),
          type: 'worker-application',
          ...a,
        },
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    );
    return true;
  } catch (e) {
    if (isConditionFailed(e)) return false;
    throw e;
  }
}

export async function listApplications(
  { db }: StoreDeps,
  city: string,
  district: string,
  limit: number,
  cursor?: string,
): Promise<Page<ApplicationRecord>> {
  const page = await queryFiltered(db, { index: 'GSI1', partitionValue: workerApplicationsPk(city, district), forward: true }, limit, cursor);
  return { items: page.items.map((i) => recordOf<ApplicationRecord>(i)), nextCursor: page.nextCursor };
}

/** Takes the application out (it must still be there): the approval happens once. */
export async function takeApplication({ db }: StoreDeps, communityId: string, userId: string): Promise<boolean> {
  try {
    await db.doc.send(
      new DeleteCommand({ TableName: db.table, Key: workerApplicationKey(communityId, userId), ConditionExpression: 'attribute_exists(PK)' }),
    );
    return true;
  } catch (e) {
    if (isConditionFailed(e)) return false;
    throw e;
  }
}

/** She becomes the community's worker; only a resident account can (never staff or a volunteer). */
export async function makeWorker({ db }: StoreDeps, userId: string, communityId: string): Promise<boolean> {
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: userKey(userId),
        UpdateExpression: 'SET #r = :worker, communityId = :c',
        ConditionExpression: 'attribute_exists(PK) AND #r = :resident',
        ExpressionAttributeNames: { '#r': 'role' },
        ExpressionAttributeValues: { ':worker': 'worker', ':resident': 'resident', ':c': communityId },
      }),
    );
    return true;
  } catch (e) {
    if (isConditionFailed(e)) return false;
    throw e;
  }
}
