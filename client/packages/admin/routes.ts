import { PAGE_PATHS } from '../../../shared/pages';

/** Pages of the staff console (this subpackage), from the one page table. */
export const CONSOLE_PAGES = {
  console: PAGE_PATHS.adminConsole,
  postings: PAGE_PATHS.adminPostings,
  posting: PAGE_PATHS.adminPosting,
  intentions: PAGE_PATHS.adminIntentions,
  fairs: PAGE_PATHS.adminFairs,
  fair: PAGE_PATHS.adminFair,
  import: PAGE_PATHS.adminImport,
  stats: PAGE_PATHS.adminStats,
  volunteers: PAGE_PATHS.adminVolunteers,
} as const;
