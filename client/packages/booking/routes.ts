import { PAGE_PATHS, pageUrl } from '../../../shared/pages';

/** Paths of the appointment pages (booking, volunteer and admin subpackages), from the shared page table. */
export const BOOKING_PAGES = {
  slots: PAGE_PATHS.slots,
  book: (slotId: string, start: string) => pageUrl('book', { slotId, start }),
  myBookings: PAGE_PATHS.myBookings,
  applyVolunteer: PAGE_PATHS.applyVolunteer,
  volunteerSlots: PAGE_PATHS.volunteerSlots,
  volunteerBookings: PAGE_PATHS.volunteerBookings,
  adminVolunteers: PAGE_PATHS.adminVolunteers,
  adminStats: PAGE_PATHS.adminStats,
} as const;
