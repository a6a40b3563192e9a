import * as z from 'zod';
import {
  booking,
  bookingPage,
  myVolunteerResponse,
  openSlotPage,
  slotCreateResponse,
  volunteerApplication,
  volunteerSlotPage,
  type Booking,
  type BookingCreateRequest,
  type BookingPage,
  type CancelRequest,
  type CompleteRequest,
  type MyVolunteerResponse,
  type OpenSlotPage,
  type SlotCreateRequest,
  type SlotCreateResponse,
  type SlotMode,
  type VolunteerApplication,
  type VolunteerApplyRequest,
  type VolunteerSlot,
  type VolunteerSlotPage,
} from '../../shared/bookings';
import type { TopicId } from '../../shared/topics';
import { request } from './http';

/** Her own slots in the range, every page of them (a volunteer has at most a few hundred). */
async function allMySlots(range: { from?: string; to?: string } = {}): Promise<VolunteerSlot[]> {
  const out: VolunteerSlot[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 20; i++) {
    const page = await bookingsApi.mySlots(range, cursor);
    out.push(...page.items);
    cursor = page.nextCursor;
    if (!cursor) break;
  }
  return out;
}

export interface SlotFilters {
  from: string;
  to: string;
  mode?: SlotMode;
  topic?: TopicId;
}

const enc = encodeURIComponent;

/** Appointments: open slots, her bookings, volunteer applications and a volunteer's own slots. */
export const bookingsApi = {
  openSlots: (filters: SlotFilters, cursor?: string | null, limit = 50): Promise<OpenSlotPage> =>
    request({ path: '/api/slots', query: { ...filters, cursor, limit }, schema: openSlotPage }),
  /** The key makes a retried or double-tapped submit book at most once. */
  book: (input: BookingCreateRequest, idempotencyKey: string): Promise<Booking> =>
    request({
      method: 'POST',
      path: '/api/bookings',
      body: input,
      headers: { 'Idempotency-Key': idempotencyKey },
      schema: booking,
    }),
  myBookings: (cursor?: string | null): Promise<BookingPage> =>
    request({ path: '/api/me/bookings', query: { cursor, limit: 50 }, schema: bookingPage }),
  cancel: (id: string, input: CancelRequest): Promise<Booking> =>
    request({ method: 'POST', path: `/api/bookings/${enc(id)}/cancel`, body: input, schema: booking }),
  complete: (id: string, input: CompleteRequest): Promise<Booking> =>
    request({ method: 'POST', path: `/api/bookings/${enc(id)}/complete`, body: input, schema: booking }),
  noShow: (id: string): Promise<Booking> =>
    request({ method: 'POST', path: `/api/bookings/${enc(id)}/no-show`, body: {}, schema: booking }),

  applyVolunteer: (input: VolunteerApplyRequest): Promise<VolunteerApplication> =>
    request({ method: 'POST', path: '/api/volunteers/apply', body: input, schema: volunteerApplication }),
  myVolunteer: (): Promise<MyVolunteerResponse> => request({ path: '/api/me/volunteer', schema: myVolunteerResponse }),

  mySlots: (range: { from?: string; to?: string }, cursor?: string | null): Promise<VolunteerSlotPage> =>
    request({ path: '/api/volunteer/slots', query: { ...range, cursor, limit: 50 }, schema: volunteerSlotPage }),
  allMySlots,
  createSlots: (input: SlotCreateRequest): Promise<SlotCreateResponse> =>
    request({ method: 'POST', path: '/api/volunteer/slots', body: input, schema: slotCreateResponse }),
  deleteSlot: (id: string): Promise<unknown> =>
    request({ method: 'DELETE', path: `/api/volunteer/slots/${enc(id)}`, schema: z.unknown() }),
};
