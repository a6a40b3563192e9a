import ExcelJS from 'exceljs';
import { hoursOf } from '../../shared/events';
import type { Deps } from '../platform/deps';
import type { UserRecord } from '../platform/users.store';
import { hoursPerVolunteer } from './hours.service';

/* Kept apart from hours.service.ts so that bookings and qa, which record hours, never load exceljs. */

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The federation's volunteer-record sheet: one row per volunteer, hours with one decimal. */
export async function hoursWorkbook(deps: Deps, staff: UserRecord, year?: number): Promise<{ year: number; body: Buffer }> {
  const data = await hoursPerVolunteer(deps, staff, year);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(`${data.year}年志愿服务时长`);
  ws.columns = [
    { header: '姓名', key: 'name', width: 16 },
    { header: '服务时长（小时）', key: 'hours', width: 18 },
    { header: '普法活动（次）', key: 'events', width: 16 },
    { header: '预约咨询（次）', key: 'bookings', width: 16 },
    { header: '在线答疑（次）', key: 'answers', width: 16 },
  ];
  for (const r of data.items) {
    ws.addRow({ name: r.displayName, hours: Number(hoursOf(r.totalMinutes)), events: r.events, bookings: r.bookings, answers: r.answers });
  }
  ws.getRow(1).font = { bold: true };
  const body = Buffer.from(await wb.xlsx.writeBuffer());
  return { year: data.year, body };
}
