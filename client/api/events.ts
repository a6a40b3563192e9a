import {
  adminHoursResponse,
  checkinCode,
  eventDetail,
  eventPage,
  hoursResponse,
  mySignup,
  mySignupPage,
  organiserSignups,
  type AdminHoursResponse,
  type CheckinCode,
  type EventCreateRequest,
  type EventDetail,
  type EventPage,
  type EventPatchRequest,
  type HoursResponse,
  type MySignup,
  type MySignupPage,
  type OrganiserSignups,
} from '../../shared/events';
import type { CityId } from '../../shared/jobs';
import type { TopicId } from '../../shared/topics';
import { downloadSheet } from './download';
import { request } from './http';

export interface EventFilters {
  city?: CityId;
  topic?: TopicId;
}

const enc = encodeURIComponent;

/** 普法 events: the public list, sign-ups, check-in, organiser screens and service hours. */
export const eventsApi = {
  list: (filters: EventFilters, cursor?: string | null, limit = 20): Promise<EventPage> =>
    request({ path: '/api/events', query: { ...filters, cursor, limit }, schema: eventPage }),
  get: (id: string): Promise<EventDetail> => request({ path: `/api/events/${enc(id)}`, schema: eventDetail }),
  create: (input: EventCreateRequest): Promise<EventDetail> =>
    request({ method: 'POST', path: '/api/events', body: input, schema: eventDetail }),
  update: (id: string, input: EventPatchRequest): Promise<EventDetail> =>
    request({ method: 'PATCH', path: `/api/events/${enc(id)}`, body: input, schema: eventDetail }),
  cancel: (id: string): Promise<EventDetail> =>
    request({ method: 'POST', path: `/api/events/${enc(id)}/cancel`, body: {}, schema: eventDetail }),
  /** Her name is optional: the organiser only needs a seat count. */
  signUp: (id: string, name?: string): Promise<EventDetail> =>
    request({ method: 'POST', path: `/api/events/${enc(id)}/signups`, body: name ? { name } : {}, schema: eventDetail }),
  withdraw: (id: string): Promise<EventDetail> =>
    request({ method: 'DELETE', path: `/api/events/${enc(id)}/signups/me`, schema: eventDetail }),
  checkIn: (id: string, code: string): Promise<MySignup> =>
    request({ method: 'POST', path: `/api/events/${enc(id)}/checkin`, body: { code }, schema: mySignup }),
  mySignups: (cursor?: string | null): Promise<MySignupPage> =>
    request({ path: '/api/me/event-signups', query: { cursor, limit: 20 }, schema: mySignupPage }),
  organised: (cursor?: string | null): Promise<EventPage> =>
    request({ path: '/api/me/events', query: { cursor, limit: 20 }, schema: eventPage }),
  signups: (id: string): Promise<OrganiserSignups> =>
    request({ path: `/api/events/${enc(id)}/signups`, schema: organiserSignups }),
  checkinCode: (id: string): Promise<CheckinCode> =>
    request({ path: `/api/events/${enc(id)}/checkin-code`, schema: checkinCode }),
  myHours: (year: number, cursor?: string | null): Promise<HoursResponse> =>
    request({ path: '/api/me/volunteer/hours', query: { year, cursor, limit: 50 }, schema: hoursResponse }),
  adminHours: (year: number): Promise<AdminHoursResponse> =>
    request({ path: '/api/admin/volunteer-hours', query: { year }, schema: adminHoursResponse }),
  /** The .xlsx of every volunteer's hours (client/api/download.ts: WeChat's viewer, or a saved file). */
  downloadHours: (year: number): Promise<void> =>
    downloadSheet('/api/admin/volunteer-hours.xlsx', { year }, `志愿服务时长-${year}.xlsx`),
};
