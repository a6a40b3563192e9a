import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Deps } from './deps';
import { notificationKey, notificationPrefix } from './keys';
import { decodeCursorInto, encodeCursor } from './cursor';

/** One in-app inbox item as stored. `expiresAt` is epoch seconds: DynamoDB TTL deletes it. */
export interface NotificationItem {
  id: string;
  kind: string;
  template: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: string;
  read: boolean;
  expiresAt: number;
}

type StoreDeps = Pick<Deps, 'db'>;

export async function putNotification({ db }: StoreDeps, userId: string, item: NotificationItem): Promise<void> {
  await db.doc.send(
    new PutCommand({
      TableName: db.table,
      Item: { ...notificationKey(userId, item.createdAt, item.id), type: 'notification', ...item },
    }),
  );
}

/**
 * Newest first. TTL deletes expired items only eventually (and dynalite never does), so
 * the read filters on `expiresAt` itself; an item without one predates expiry and is hidden.
 */
export async function queryNotifications(
  { db }: StoreDeps,
  userId: string,
  nowSeconds: number,
  limit: number,
  cursor?: string,
): Promise<{ items: NotificationItem[]; nextCursor: string | null }> {
  const p = notificationPrefix(userId);
  const r = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :sk)',
      FilterExpression: 'expiresAt > :now',
      ExpressionAttributeValues: { ':pk': p.PK, ':sk': p.SKPrefix, ':now': nowSeconds },
      ScanIndexForward: false,
      Limit: limit,
      ExclusiveStartKey: decodeCursorInto(cursor, 'PK', p.PK),
    }),
  );
  return {
    items: (r.Items ?? []).map((i) => ({
      id: i.id,
      kind: i.kind,
      template: i.template ?? i.kind,
      title: i.title,
      body: i.body,
      link: i.link ?? null,
      createdAt: i.createdAt,
      read: Boolean(i.read),
      expiresAt: i.expiresAt,
    })),
    nextCursor: encodeCursor(r.LastEvaluatedKey),
  };
}
