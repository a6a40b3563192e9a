import type { Check } from './http';

/**
 * Zod-free response guards for the weapp main package (see the note in http.ts). They check
 * the envelope and the type of each field a screen reads; the full shared schemas validate
 * the same responses in subpackages and in the API tests.
 */
export type FieldKind = 'string' | 'number' | 'boolean' | 'object' | 'array' | 'string?' | 'string|null';
export type Shape = Readonly<Record<string, FieldKind>>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function fits(value: unknown, kind: FieldKind): boolean {
  switch (kind) {
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isRecord(value);
    case 'string?':
      return value === undefined || typeof value === 'string';
    case 'string|null':
      return value === null || typeof value === 'string';
    default:
      return typeof value === kind;
  }
}

export const hasShape = (value: unknown, shape: Shape): boolean =>
  isRecord(value) && Object.entries(shape).every(([key, kind]) => fits(value[key], kind));

/** A guard from a predicate: passes the value through unchanged when the predicate holds. */
export function guard<T>(test: (value: unknown) => boolean): Check<T> {
  return { safeParse: (data) => (test(data) ? { success: true, data: data as T } : { success: false }) };
}

/** An object whose named fields have the given kinds (other fields are passed through). */
export const object = <T>(shape: Shape): Check<T> => guard<T>((v) => hasShape(v, shape));

/** `{items: [...], nextCursor}` of DESIGN.md, every item of the given shape. */
export const page = <T extends { items: unknown[]; nextCursor: string | null }>(item: Shape): Check<T> =>
  guard<T>(
    (v) =>
      isRecord(v) &&
      Array.isArray(v.items) &&
      (v.nextCursor === null || typeof v.nextCursor === 'string') &&
      v.items.every((x) => hasShape(x, item)),
  );

/** `{items: [...]}` without paging. */
export const list = <T extends { items: unknown[] }>(item: Shape): Check<T> =>
  guard<T>((v) => isRecord(v) && Array.isArray(v.items) && v.items.every((x) => hasShape(x, item)));

/** Any answer (a 204 reads as undefined). */
export const anything: Check<unknown> = guard<unknown>(() => true);
