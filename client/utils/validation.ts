import type { z } from 'zod';
import type { FieldIssue } from '../../shared/errors';

export type FieldErrors = Record<string, string>;
/** The Chinese name of each field of a form, as its label says it (手机号, 姓名). */
export type FieldLabels = Record<string, string>;

const LATIN = /[A-Za-z]/;

/** A message a resident can read: Chinese, no schema words. */
export function isPlainChinese(message: string): boolean {
  return message.length > 0 && !LATIN.test(message);
}

type Issue = z.core.$ZodIssue;

/**
 * One zod issue in Chinese that says what is needed ("请填写手机号", "姓名最多 20 个字").
 * Schema messages that are already specific Chinese (请填写 11 位手机号码) are kept; the
 * generic ones (不能为空) and zod's English defaults are replaced using the field's label.
 */
export function zhIssue(issue: Issue, label: string): string {
  const own = issue.message;
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return `请填写${label}`;
      if (issue.origin === 'string') return `${label}至少 ${issue.minimum} 个字`;
      if (issue.origin === 'array' || issue.origin === 'set') return `请至少选择 ${issue.minimum} 项${label}`;
      return `${label}不能小于 ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `${label}最多 ${issue.maximum} 个字`;
      if (issue.origin === 'array' || issue.origin === 'set') return `${label}最多选 ${issue.maximum} 项`;
      return `${label}不能大于 ${issue.maximum}`;
    case 'invalid_type':
      return issue.expected === 'string' ? `请填写${label}` : `请选择${label}`;
    case 'invalid_value':
      return `请选择${label}`;
    case 'unrecognized_keys':
      return '有多余的内容，请刷新后再试';
    default:
      return isPlainChinese(own) && own !== '不能为空' ? own : `请检查${label}`;
  }
}

/**
 * The first message per field of a failed zod parse, keyed by the top-level field name,
 * always in Chinese. Pass the form's labels so the message names the field.
 */
export function zodFieldErrors(error: z.ZodError, labels: FieldLabels = {}): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? '');
    if (key && !out[key]) out[key] = zhIssue(issue as Issue, labels[key] ?? '这一项');
  }
  return out;
}

/** The same shape from the `fields` of an API error body; a message with schema words is replaced. */
export function apiFieldErrors(fields: FieldIssue[], labels: FieldLabels = {}): FieldErrors {
  const out: FieldErrors = {};
  for (const f of fields) {
    const key = f.path.split('.')[0];
    if (key && !out[key]) out[key] = isPlainChinese(f.message) ? f.message : `请检查${labels[key] ?? '这一项'}`;
  }
  return out;
}
