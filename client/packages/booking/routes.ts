/** Paths of the appointment pages (booking, volunteer and admin subpackages). */
const enc = encodeURIComponent;

export const BOOKING_PAGES = {
  slots: '/packages/booking/pages/slots/index',
  book: (slotId: string, start: string) => `/packages/booking/pages/book/index?slotId=${enc(slotId)}&start=${enc(start)}`,
  myBookings: '/packages/booking/pages/my-bookings/index',
  applyVolunteer: '/packages/booking/pages/apply-volunteer/index',
  volunteerSlots: '/packages/volunteer/pages/slots/index',
  volunteerBookings: '/packages/volunteer/pages/bookings/index',
  adminVolunteers: '/packages/admin/pages/volunteers/index',
  adminStats: '/packages/admin/pages/stats/index',
} as const;
