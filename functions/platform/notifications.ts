import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Notification } from '../../shared/auth';
import type { Deps } from './deps';
import { notificationKey, notificationPrefix } from './keys';
import { logger } from './logger';
import { decodeCursorInto, encodeCursor } from './cursor';
import type { Page } from '../../shared/common';

export interface NotifyInput {
  kind: string;
  /** Short, never quoting what the person wrote. */
  title: string;
  body: string;
  link?: string;
  /** Sent as a one-time subscribe message when the user has an openid and a template is set. */
  subscribe?: { templateId: string; data: Record<string, { value: string }> };
}

/** Puts a note in the in-app inbox and, best effort, sends the WeChat subscribe message. */
export async function notify(deps: Deps, user: { id: string; openid?: string }, input: NotifyInput): Promise<void> {
  const createdAt = deps.clock().toISOString();
  const id = deps.ids();
  await deps.db.doc.send(
    new PutCommand({
      TableName: deps.db.table,
      Item: {
        ...notificationKey(user.id, createdAt, id),
        type: 'notification',
        id,
        kind: input.kind,
        title: input.title,
        body: input.body,
        link: input.link ?? null,
        createdAt,
        read: false,
      },
    }),
  );
  if (input.subscribe && user.openid) {
    try {
      await deps.wechat.sendSubscribeMessage({
        openid: user.openid,
        templateId: input.subscribe.templateId,
        page: input.link,
        data: input.subscribe.data,
      });
    } catch {
      // The inbox already holds it; a failed push must not fail the action that caused it.
      logger.warn('subscribe message failed', { fn: input.kind });
    }
  }
}

export async function listNotifications(
  deps: Deps,
  userId: string,
  limit: number,
  cursor?: string,
): Promise<Page<Notification>> {
  const p = notificationPrefix(userId);
  const r = await deps.db.doc.send(
    new QueryCommand({
      TableName: deps.db.table,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :sk)',
      ExpressionAttributeValues: { ':pk': p.PK, ':sk': p.SKPrefix },
      ScanIndexForward: false,
      Limit: limit,
      ExclusiveStartKey: decodeCursorInto(cursor, 'PK', p.PK),
    }),
  );
  return {
    items: (r.Items ?? []).map((i) => ({
      id: i.id,
      kind: i.kind,
      title: i.title,
      body: i.body,
      link: i.link ?? null,
      createdAt: i.createdAt,
      read: Boolean(i.read),
    })),
    nextCursor: encodeCursor(r.LastEvaluatedKey),
  };
}
