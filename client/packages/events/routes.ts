import { pageUrl } from '../../../shared/pages';

/** The pages of the events subpackage, from the one table of page paths (shared/pages.ts). */
export const EVENT_PAGES = {
  list: pageUrl('events'),
  listOfTopic: (topic: string) => pageUrl('events', { topic }),
  detail: (id: string) => pageUrl('eventDetail', { id }),
  mine: pageUrl('mySignups'),
  publish: pageUrl('eventPublish'),
  edit: (id: string) => pageUrl('eventPublish', { id }),
  organised: pageUrl('eventsOrganised'),
  signups: (id: string) => pageUrl('eventSignups', { id }),
  code: (id: string) => pageUrl('eventCode', { id }),
  hours: pageUrl('volunteerHours'),
  adminHours: pageUrl('adminHours'),
} as const;
