/**
 * The one table of the app's page paths, shared by server notifications (their `link`)
 * and client navigation. Every value must be a page declared in client/app.config.ts
 * (tests/unit/pages.test.ts checks it), so a link in a notification can never point at
 * a page that does not exist. Add a key here when you add a page to app.config.ts.
 */
export const PAGE_PATHS = {
  home: '/pages/index/index',
  qa: '/pages/qa/index',
  jobs: '/pages/jobs/index',
  me: '/pages/me/index',
  neutral: '/pages/neutral/index',

  jobDetail: '/packages/jobs/pages/detail/index',
  jobApply: '/packages/jobs/pages/apply/index',
  fairs: '/packages/jobs/pages/fairs/index',
  fair: '/packages/jobs/pages/fair/index',

  article: '/packages/qa/pages/article/index',
  ask: '/packages/qa/pages/ask/index',
  myQuestions: '/packages/qa/pages/my-questions/index',
  thread: '/packages/qa/pages/thread/index',

  volunteerWorkbench: '/packages/volunteer/pages/workbench/index',
  volunteerQueue: '/packages/volunteer/pages/queue/index',
  volunteerQuestion: '/packages/volunteer/pages/question/index',
  volunteerSlots: '/packages/volunteer/pages/slots/index',
  volunteerBookings: '/packages/volunteer/pages/bookings/index',

  slots: '/packages/booking/pages/slots/index',
  book: '/packages/booking/pages/book/index',
  myBookings: '/packages/booking/pages/my-bookings/index',
  applyVolunteer: '/packages/booking/pages/apply-volunteer/index',

  adminVolunteers: '/packages/admin/pages/volunteers/index',
  adminStats: '/packages/admin/pages/stats/index',
  adminConsole: '/packages/admin/pages/console/index',
  adminPostings: '/packages/admin/pages/postings/index',
  adminPosting: '/packages/admin/pages/posting/index',
  adminIntentions: '/packages/admin/pages/intentions/index',
  adminFairs: '/packages/admin/pages/fairs/index',
  adminFair: '/packages/admin/pages/fair/index',
  adminImport: '/packages/admin/pages/import/index',
  adminReports: '/packages/admin/pages/reports/index',

  events: '/packages/events/pages/list/index',
  eventDetail: '/packages/events/pages/detail/index',
  mySignups: '/packages/events/pages/mine/index',
  volunteerHours: '/packages/events/pages/hours/index',
  eventPublish: '/packages/events/pages/publish/index',
  eventsOrganised: '/packages/events/pages/organised/index',
  eventSignups: '/packages/events/pages/signups/index',
  eventCode: '/packages/events/pages/code/index',
  adminHours: '/packages/events/pages/admin-hours/index',

  referral: '/packages/referral/pages/detail/index',
  myReferrals: '/packages/referral/pages/mine/index',
  communityWorkbench: '/packages/community/pages/workbench/index',
  communityCase: '/packages/community/pages/case/index',
  districtReferrals: '/packages/community/pages/district/index',
  workerApply: '/packages/community/pages/apply/index',
} as const;

export type PageKey = keyof typeof PAGE_PATHS;
export type PagePath = (typeof PAGE_PATHS)[PageKey];

/** The tab pages: opened with switchTab, and they take no query. */
export const TAB_PAGE_KEYS = ['home', 'qa', 'jobs', 'me'] as const satisfies readonly PageKey[];

/** A page path with an optional query; values are URL-encoded. */
export function pageUrl(key: PageKey, query?: Record<string, string | undefined>): string {
  const pairs = Object.entries(query ?? {}).filter((e): e is [string, string] => e[1] !== undefined);
  const qs = pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
  return qs ? `${PAGE_PATHS[key]}?${qs}` : PAGE_PATHS[key];
}

const KNOWN_PATHS: ReadonlySet<string> = new Set(Object.values(PAGE_PATHS));

/** True when the url (query ignored) is a page of the app. */
export const isKnownPage = (url: string): boolean => KNOWN_PATHS.has(url.split('?')[0]);
