import type { z } from 'zod';
import type { FieldIssue } from '../../shared/errors';

export type FieldErrors = Record<string, string>;

/** The first message per field of a failed zod parse, keyed by the top-level field name. */
export function zodFieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? '');
    if (key && !out[key]) out[key] = issue.message;
  }
  return out;
}

/** The same shape from the `fields` of an API error body. */
export function apiFieldErrors(fields: FieldIssue[]): FieldErrors {
  const out: FieldErrors = {};
  for (const f of fields) {
    const key = f.path.split('.')[0];
    if (key && !out[key]) out[key] = f.message;
  }
  return out;
}
