import Taro from '@tarojs/taro';
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
import { ApiError, buildUrl, request } from './http';
import { readToken } from './session';

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
  /**
   * The .xlsx of every volunteer's hours: in WeChat it is downloaded and opened with the
   * system viewer (which can forward or save it); in the browser it is saved as a file.
   */
  async downloadHours(year: number): Promise<void> {
    const url = buildUrl('/api/admin/volunteer-hours.xlsx', { year });
    const token = readToken();
    const header: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
    const name = `志愿服务时长-${year}.xlsx`;
    if (process.env.TARO_ENV === 'h5') {
      let res: Taro.request.SuccessCallbackResult<ArrayBuffer>;
      try {
        res = await Taro.request<ArrayBuffer>({ url, header, responseType: 'arraybuffer', dataType: '其他' });
      } catch {
        throw new ApiError('NETWORK', 0);
      }
      if (res.statusCode !== 200) throw new ApiError(res.statusCode === 403 ? 'FORBIDDEN' : 'BAD_RESPONSE', res.statusCode);
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([res.data]));
      link.download = name;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      return;
    }
    const file = await Taro.downloadFile({ url, header }).catch(() => {
      throw new ApiError('NETWORK', 0);
    });
    if (file.statusCode !== 200) throw new ApiError(file.statusCode === 403 ? 'FORBIDDEN' : 'BAD_RESPONSE', file.statusCode);
    await Taro.openDocument({ filePath: file.tempFilePath, fileType: 'xlsx', showMenu: true });
  },
};

