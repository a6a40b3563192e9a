import type { CityId, FairMode, JobFair } from '../../../../shared/jobs';
import { beijingDayOf, beijingParts } from '../../../../shared/beijing';

/** The fair form's model: what the fields hold, their Chinese names, and the request it makes. */
export interface Form {
  title: string;
  organiser: string;
  startDay: string;
  startTime: string;
  endDay: string;
  endTime: string;
  mode: FairMode;
  venue: string;
  city: CityId;
  description: string;
  womenSpecial: boolean;
}

export const LABELS = { title: '名称', organiser: '主办单位', startAt: '开始时间', endAt: '结束时间', venue: '地点', description: '介绍' };

const dayOf = (iso: string) => beijingParts(iso).day;
const timeOf = (iso: string) => beijingParts(iso).clock;
const inDays = (n: number) => beijingDayOf(Date.now() + n * 86_400_000);

export const empty = (): Form => ({
  title: '',
  organiser: '',
  startDay: inDays(7),
  startTime: '09:00',
  endDay: inDays(7),
  endTime: '17:00',
  mode: 'offline',
  venue: '',
  city: 'nanchang',
  description: '',
  womenSpecial: true,
});

export const fromFair = (f: JobFair): Form => ({
  title: f.title,
  organiser: f.organiser,
  startDay: dayOf(f.startAt),
  startTime: timeOf(f.startAt),
  endDay: dayOf(f.endAt),
  endTime: timeOf(f.endAt),
  mode: f.mode,
  venue: f.venue ?? '',
  city: f.city,
  description: f.description,
  womenSpecial: f.womenSpecial,
});

export const toRequest = (f: Form) => ({
  title: f.title,
  organiser: f.organiser,
  startAt: `${f.startDay}T${f.startTime}:00+08:00`,
  endAt: `${f.endDay}T${f.endTime}:00+08:00`,
  mode: f.mode,
  venue: f.mode === 'online' ? null : f.venue.trim() || null,
  city: f.city,
  description: f.description,
  womenSpecial: f.womenSpecial,
});
