import * as z from 'zod';

/** Opaque ids: short, URL-safe strings made by the server. */
export const idSchema = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);

/** A UTC ISO-8601 instant as it travels on the wire. */
export const isoDateTime = z.iso.datetime({ offset: true });

export const pageQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(50).default(20),
  cursor: z.string().max(512).optional(),
});

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

/** Mainland China mobile number: 11 digits starting 1[3-9]. */
export const mainlandMobile = z
  .string()
  .trim()
  .regex(/^1[3-9]\d{9}$/, '请填写 11 位手机号码');

/** Free text that a person types: trimmed, no control characters. */
export const text = (max: number, min = 1) =>
  z
    .string()
    .trim()
    .min(min, min === 1 ? '不能为空' : `至少 ${min} 个字`)
    .max(max, `不能超过 ${max} 个字`)
    .refine((s) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(s), '包含不能识别的字符');

/** `worker`: a community worker (社区妇联工作者), attached to one community. */
export const roleSchema = z.enum(['resident', 'volunteer', 'staff', 'worker']);
export type Role = z.infer<typeof roleSchema>;

export const okSchema = z.object({ ok: z.literal(true) });

/** Labelled enumerations live in a zod-free module the weapp main package can import. */
export { ids, labels, type Labelled } from './labelled';

/** An empty query parameter (`?city=`) means "no filter", not a validation error. */
export const optionalParam = <S extends z.ZodType>(schema: S) =>
  z.preprocess((v) => (v === '' ? undefined : v), schema.optional());
