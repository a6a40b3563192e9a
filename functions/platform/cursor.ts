import { createHmac, timingSafeEqual } from 'node:crypto';
import { AppError } from './errors';
import { cursorSecret } from './config';

/**
 * Cursors are DynamoDB LastEvaluatedKeys, base64url-encoded and signed so that a
 * client cannot forge one that points into another person's partition. The key is their
 * own, never the token key: a leaked or rotated token key then says nothing about cursors.
 */
const sign = (payload: string) => createHmac('sha256', cursorSecret()).update(payload).digest('base64url').slice(0, 16);

export function encodeCursor(key: Record<string, unknown> | undefined): string | null {
  if (!key) return null;
  const payload = Buffer.from(JSON.stringify(key)).toString('base64url');
  return `${payload}.${sign(payload)}`;
}

/** The one answer to a cursor that is forged, stale or made for another listing. */
export const badCursor = () => new AppError('VALIDATION_FAILED', [{ path: 'cursor', message: '分页参数无效' }]);

export function decodeCursor(cursor: string | undefined): Record<string, unknown> | undefined {
  if (!cursor) return undefined;
  const [payload, mac] = cursor.split('.');
  const bad = badCursor;
  if (!payload || !mac) throw bad();
  const expected = sign(payload);
  if (mac.length !== expected.length || !timingSafeEqual(Buffer.from(mac), Buffer.from(expected))) throw bad();
  try {
    const parsed: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw bad();
    return parsed as Record<string, unknown>;
  } catch {
    throw bad();
  }
}

/**
 * Decodes a cursor and checks that it points into the partition being read: a cursor
 * from another listing (or another person's) is a 400, never a store error.
 */
export function decodeCursorInto(cursor: string | undefined, field: string, pk: string): Record<string, unknown> | undefined {
  const key = decodeCursor(cursor);
  if (key && key[field] !== pk) throw badCursor();
  return key;
}
