const enc = encodeURIComponent;

/** The pages of the events subpackage. */
export const EVENT_PAGES = {
  list: '/packages/events/pages/list/index',
  listOfTopic: (topic: string) => `/packages/events/pages/list/index?topic=${enc(topic)}`,
  detail: (id: string) => `/packages/events/pages/detail/index?id=${enc(id)}`,
  mine: '/packages/events/pages/mine/index',
  publish: '/packages/events/pages/publish/index',
  organised: '/packages/events/pages/organised/index',
  signups: (id: string) => `/packages/events/pages/signups/index?id=${enc(id)}`,
  code: (id: string) => `/packages/events/pages/code/index?id=${enc(id)}`,
  hours: '/packages/events/pages/hours/index',
  adminHours: '/packages/events/pages/admin-hours/index',
} as const;
