import serverless from 'serverless-http';
import { defaultDeps } from '../platform/deps';
import { onFirstCall } from '../platform/http';
import { buildBookingsApp } from './app';
import { runReminders } from './reminders.service';

const http = onFirstCall(() => serverless(buildBookingsApp(defaultDeps())));

/** The EventBridge schedule (every few minutes) invokes the same Lambda for reminders. */
const isScheduledEvent = (event: unknown): boolean =>
  typeof event === 'object' &&
  event !== null &&
  (event as { source?: unknown }).source === 'aws.events' &&
  (event as { 'detail-type'?: unknown })['detail-type'] === 'Scheduled Event';

export const handler = async (event: unknown, context: unknown) =>
  isScheduledEvent(event) ? runReminders(defaultDeps()) : http(event as Parameters<typeof http>[0], context as Parameters<typeof http>[1]);
