import ExcelJS from 'exceljs';
import { CITY_LABELS, IMPORT_COLUMNS, INTENTION_STATUS_LABELS, JIANGXI_CITIES, JOB_CATEGORIES, JOB_TAGS } from '../../shared/jobs';
import type { AdminIntention } from '../../shared/jobs';
import { beijingDateTime } from '../../shared/time';
import type { JobRecord } from './jobs.store';

/** Spreadsheets staff download: the import template and a posting's intentions. */

const toBuffer = async (wb: ExcelJS.Workbook) => Buffer.from(await wb.xlsx.writeBuffer());

export async function importTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('岗位');
  sheet.addRow([...IMPORT_COLUMNS]);
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((c) => (c.width = 14));
  const help = wb.addWorksheet('填写说明');
  help.addRow(['栏目', '可以填写的内容']);
  help.addRow(['岗位编号', '每个岗位一个编号；再次导入同一编号会更新原岗位，不会重复']);
  help.addRow(['城市', JIANGXI_CITIES.map((c) => c.label).join('、')]);
  help.addRow(['工种', JOB_CATEGORIES.map((c) => c.label).join('、')]);
  help.addRow(['工资单位(月/日/时)', '月、日、时']);
  help.addRow(['福利(用、分隔)', JOB_TAGS.map((t) => t.label).join('、')]);
  help.addRow(['截止日期', '例如 2026-05-31']);
  help.addRow(['招聘会编号', '可不填；填写时须是已有的招聘会']);
  help.columns.forEach((c) => (c.width = 40));
  return toBuffer(wb);
}

export async function intentionsSheet(job: JobRecord, items: AdminIntention[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('就业意向');
  sheet.addRow(['岗位', job.title, '单位', job.employer.name, '城市', CITY_LABELS[job.city], job.district]);
  sheet.addRow(['姓名', '手机号码', '留言', '状态', '跟进备注', '登记时间（北京时间）']);
  for (const i of items) {
    sheet.addRow([i.name, i.phone, i.message ?? '', INTENTION_STATUS_LABELS[i.status], i.note ?? '', beijingDateTime(i.createdAt)]);
  }
  sheet.columns.forEach((c) => (c.width = 16));
  return toBuffer(wb);
}
