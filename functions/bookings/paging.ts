import { decodeCursor } from '../platform/cursor';
import { AppError } from '../platform/errors';

/**
 * Decodes a signed cursor and checks that it points into the partition being read; a
 * cursor from another listing (or another person's) is a 400, never a store error.
 */
export function cursorInto(cursor: string | undefined, field: string, pk: string): Record<string, unknown> | undefined {
  const key = decodeCursor(cursor);
  if (key && key[field] !== pk) throw new AppError('VALIDATION_FAILED', [{ path: 'cursor', message: '分页参数无效' }]);
  return key;
}
