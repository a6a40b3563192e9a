import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import * as z from 'zod';
import {
  CITY_LABELS,
  IMPORT_COLUMNS,
  IMPORT_MAX_ROWS,
  JIANGXI_CITIES,
  JOB_CATEGORIES,
  JOB_TAGS,
  jobCreateRequest,
  type ImportResult,
  type JobCreateRequest,
} from '../../shared/jobs';
import { inScope, type FederationUnit } from '../../shared/org';
import type { Deps } from '../platform/deps';
import { AppError, isConditionFailed } from '../platform/errors';
import { bumpStats } from '../platform/stats';
import { getFair } from './fairs.store';
import { getJob, insertJob, updateJob, type JobRecord } from './jobs.store';
import { utcIso } from './jobs.service';
import { BEIJING_OFFSET_MS, beijingWall } from '../../shared/beijing';

/**
 * Employers' lists arrive as spreadsheets. Each row is checked with the same schema as
 * POST /api/admin/jobs and written as one item (a put for a new 岗位编号, a versioned update for a
 * known one), so a row is either saved whole or reported, never half-written, and importing the
 * same file again updates instead of duplicating.
 */

type Column = (typeof IMPORT_COLUMNS)[number];
type RowError = ImportResult['errors'][number];

const SALARY_UNIT_BY_WORD: Record<string, 'month' | 'day' | 'hour'> = {
  月: 'month',
  日: 'day',
  天: 'day',
  时: 'hour',
  小时: 'hour',
  month: 'month',
  day: 'day',
  hour: 'hour',
};

/** Where a schema path of a posting lives in the sheet. */
const COLUMN_OF_PATH: Record<string, Column> = {
  title: '岗位名称',
  'employer.name': '单位名称',
  'employer.womenLed': '妇字号(是/否)',
  city: '城市',
  district: '区县',
  address: '区县',
  category: '工种',
  'salary.min': '最低工资',
  'salary.max': '最高工资',
  'salary.unit': '工资单位(月/日/时)',
  headcount: '招聘人数',
  duties: '工作内容',
  requirements: '任职要求',
  tags: '福利(用、分隔)',
  expiresAt: '截止日期',
  fairId: '招聘会编号',
};

/** The same 岗位编号 always maps to the same posting id: the key of "update, never duplicate". */
export const importedJobId = (code: string) => `imp-${createHash('sha256').update(code).digest('hex').slice(0, 24)}`;

const byLabelOrId = <Id extends string>(list: readonly { id: Id; label: string }[], v: string): Id | undefined =>
  list.find((x) => x.label === v || x.id === v || x.label.replace(/市$/, '') === v.replace(/市$/, ''))?.id;

/** A cell as text, whatever Excel stored (rich text, formula result, hyperlink, number, date). */
function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('').trim();
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
    if ('text' in v) return String(v.text).trim();
    if ('error' in v) return '';
    return '';
  }
  return String(v).trim();
}

/** 截止日期: a date cell or 2026-05-01 / 2026/5/1 text; the posting closes at the end of that Beijing day. */
function endOfBeijingDay(v: string): string | null {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(v);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const utc = Date.UTC(y, mo - 1, d, 23, 59, 59) - BEIJING_OFFSET_MS;
  const check = beijingWall(utc);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  return new Date(utc).toISOString();
}

const num = (v: string): number | string => (v !== '' && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v);

interface ParsedRow {
  row: number;
  code: string;
  input: JobCreateRequest;
}

/** One sheet row to a posting request, or the reasons it cannot be one. */
function parseRow(row: number, cells: Record<Column, string>, now: Date): ParsedRow | RowError[] {
  const errors: RowError[] = [];
  const err = (column: Column, message: string) => errors.push({ row, column, message });
  const code = cells['岗位编号'];
  if (!code) err('岗位编号', '岗位编号不能为空');
  else if (code.length > 40) err('岗位编号', '岗位编号不能超过 40 个字');
  const city = byLabelOrId(JIANGXI_CITIES, cells['城市']);
  if (!city) err('城市', cells['城市'] ? `没有这个城市：${cells['城市']}` : '城市不能为空');
  const category = byLabelOrId(JOB_CATEGORIES, cells['工种']) ?? (cells['工种'] ? undefined : 'other');
  if (!category) err('工种', `没有这个工种：${cells['工种']}`);
  const women = cells['妇字号(是/否)'];
  if (women && women !== '是' && women !== '否') err('妇字号(是/否)', '请填写“是”或“否”');
  const unitWord = cells['工资单位(月/日/时)'] || '月';
  const unit = SALARY_UNIT_BY_WORD[unitWord];
  if (!unit) err('工资单位(月/日/时)', '请填写“月”“日”或“时”');
  const tagWords = cells['福利(用、分隔)'].split(/[、,，;；\s]+/).filter(Boolean);
  const tags = tagWords.map((w) => byLabelOrId(JOB_TAGS, w));
  tagWords.forEach((w, i) => {
    if (!tags[i]) err('福利(用、分隔)', `没有这个福利标签：${w}`);
  });
  const expiresAt = endOfBeijingDay(cells['截止日期']);
  if (!expiresAt) err('截止日期', cells['截止日期'] ? '日期格式应为 2026-05-31' : '截止日期不能为空');
  else if (expiresAt <= now.toISOString()) err('截止日期', '截止时间要晚于现在');
  if (errors.length) return errors;

  const candidate = {
    title: cells['岗位名称'],
    employer: { name: cells['单位名称'], verified: false, womenLed: women === '是' },
    city,
    district: cells['区县'],
    address: `${CITY_LABELS[city as keyof typeof CITY_LABELS]}${cells['区县']}`,
    category,
    salary: { min: num(cells['最低工资']), max: num(cells['最高工资']), unit },
    headcount: num(cells['招聘人数']),
    duties: cells['工作内容'],
    requirements: cells['任职要求'] || '无',
    tags,
    expiresAt,
    fairId: cells['招聘会编号'] || null,
  };
  const parsed = jobCreateRequest.safeParse(candidate);
  if (!parsed.success) {
    return parsed.error.issues.map((i: z.core.$ZodIssue) => {
      const path = i.path.map(String).join('.');
      return { row, column: COLUMN_OF_PATH[path] ?? COLUMN_OF_PATH[path.split('.')[0]] ?? '岗位名称', message: i.message };
    });
  }
  return { row, code, input: parsed.data };
}

/** Opens the workbook or answers 400: a renamed text file, a broken zip, a sheet without our header. */
async function openSheet(body: Buffer): Promise<ExcelJS.Worksheet> {
  const bad = (message: string) => new AppError('VALIDATION_FAILED', [{ path: '(file)', message }], message);
  // Every .xlsx is a zip: refuse anything else before handing it to the parser.
  if (body.length < 4 || body.readUInt32LE(0) !== 0x04034b50) throw bad('请上传 .xlsx 格式的 Excel 文件');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(body as unknown as ArrayBuffer);
  } catch {
    throw bad('文件打不开，请用 Excel 另存为 .xlsx 后再试');
  }
  const sheet = wb.worksheets[0];
  if (!sheet) throw bad('文件里没有工作表');
  const header = IMPORT_COLUMNS.map((_, i) => cellText(sheet.getRow(1).getCell(i + 1).value));
  if (header.some((h, i) => h !== IMPORT_COLUMNS[i])) throw bad('表头和模板不一致，请下载模板后填写');
  return sheet;
}

export async function importJobs(deps: Deps, unit: FederationUnit, body: Buffer): Promise<ImportResult> {
  const sheet = await openSheet(body);
  const rows: { row: number; cells: Record<Column, string> }[] = [];
  sheet.eachRow({ includeEmpty: false }, (r, n) => {
    if (n === 1) return;
    const cells = Object.fromEntries(IMPORT_COLUMNS.map((c, i) => [c, cellText(r.getCell(i + 1).value)])) as Record<Column, string>;
    if (Object.values(cells).some(Boolean)) rows.push({ row: n, cells });
  });
  if (rows.length > IMPORT_MAX_ROWS) {
    const message = `一次最多导入 ${IMPORT_MAX_ROWS} 行，请分成几个文件`;
    throw new AppError('VALIDATION_FAILED', [{ path: '(file)', message }], message);
  }
  if (rows.length === 0) {
    const message = '表格里没有岗位';
    throw new AppError('VALIDATION_FAILED', [{ path: '(file)', message }], message);
  }

  const now = deps.clock();
  const result: ImportResult = { created: 0, updated: 0, errors: [] };
  const seen = new Set<string>();
  const valid: ParsedRow[] = [];
  for (const { row, cells } of rows) {
    const parsed = parseRow(row, cells, now);
    if (Array.isArray(parsed)) result.errors.push(...parsed);
    else if (seen.has(parsed.code)) result.errors.push({ row, column: '岗位编号', message: '同一个岗位编号在表格里出现了两次' });
    else {
      seen.add(parsed.code);
      valid.push(parsed);
    }
  }
  const fairs = await scheduledFairs(deps, valid);
  const published = new Map<string, { place: JobRecord; n: number }>();
  // Rows are independent single-item writes: a few at a time keeps 2,000 rows within the function's time.
  for (let i = 0; i < valid.length; i += IMPORT_PARALLEL) {
    const outcomes = await Promise.all(valid.slice(i, i + IMPORT_PARALLEL).map((r) => saveRow(deps, unit, r, fairs, now)));
    for (const o of outcomes) {
      if (o.kind === 'error') result.errors.push(o.error);
      else result[o.kind] += 1;
      if (o.kind === 'created') {
        const key = `${o.job.city}#${o.job.district}`;
        published.set(key, { place: o.job, n: (published.get(key)?.n ?? 0) + 1 });
      }
    }
  }
  for (const { place, n } of published.values()) await bumpStats(deps, { postingsPublished: n }, { place });
  result.errors.sort((x, y) => x.row - y.row);
  return result;
}

const IMPORT_PARALLEL = 10;

/** Which fairs named in the sheet exist and are still scheduled (one read per fair). */
async function scheduledFairs(deps: Deps, rows: ParsedRow[]): Promise<Map<string, boolean>> {
  const ids = [...new Set(rows.flatMap((r) => (r.input.fairId ? [r.input.fairId] : [])))];
  const found = await Promise.all(ids.map(async (id) => [id, (await getFair(deps, id))?.status === 'scheduled'] as const));
  return new Map(found);
}

type RowOutcome = { kind: 'created'; job: JobRecord } | { kind: 'updated' } | { kind: 'error'; error: RowError };

async function saveRow(
  deps: Deps,
  unit: FederationUnit,
  { row, code, input }: ParsedRow,
  fairs: Map<string, boolean>,
  now: Date,
): Promise<RowOutcome> {
  const fail = (column: Column, message: string): RowOutcome => ({ kind: 'error', error: { row, column, message } });
  if (!inScope(unit, input)) return fail('城市', '这个地区不在您所在妇联的管辖范围内');
  if (input.fairId && !fairs.get(input.fairId)) return fail('招聘会编号', '没有找到这个招聘会，或它已取消');
  const id = importedJobId(code);
  const before = await getJob(deps, id);
  if (!before) {
    const job: JobRecord = {
      ...input,
      id,
      expiresAt: utcIso(input.expiresAt),
      publishedAt: now.toISOString(),
      status: 'open',
      version: 1,
      intentionCount: 0,
    };
    try {
      await insertJob(deps, job);
    } catch (e) {
      if (!isConditionFailed(e)) throw e;
      return fail('岗位编号', '这个岗位刚被别人导入，请稍后重新导入');
    }
    return { kind: 'created', job };
  }
  if (!inScope(unit, before)) return fail('岗位编号', '这个岗位编号已被其他地区使用');
  const after: JobRecord = {
    ...before,
    ...input,
    // Staff verified the employer on screen; a sheet does not undo that.
    employer: { ...input.employer, verified: before.employer.verified },
    expiresAt: utcIso(input.expiresAt),
    version: before.version + 1,
  };
  if (!(await updateJob(deps, before, after))) return fail('岗位编号', '同时有人修改了这个岗位，请重新导入');
  return { kind: 'updated' };
}
