import type { FunctionName } from '../../functions/routes';
import type { SecretName } from '../../functions/platform/secrets';

/**
 * Per function, in one place: the DynamoDB actions its code issues, the secrets it
 * reads, and its size. The stack grants exactly this, and infra tests check both
 * the template (each role's actions equal this set) and the code (every command a
 * function can reach is covered here).
 */
export type DynamoAction = 'GetItem' | 'PutItem' | 'UpdateItem' | 'DeleteItem' | 'Query' | 'BatchGetItem' | 'BatchWriteItem';

export interface FunctionSpec {
  dynamo: DynamoAction[];
  /**
   * Every function builds deps with loadConfig(), which today requires the token key,
   * the field key and (in wechat mode) the WeChat app secret, so all three are needed
   * at start-up. Drop an entry here once config.ts makes that value optional.
   */
  secrets: SecretName[];
  /** Plain (non-secret) settings it reads from the environment, set from CDK context at deploy. */
  settings?: string[];
  memoryMb: number;
  timeoutSeconds: number;
}

const ALL_SECRETS: SecretName[] = ['token', 'cursor', 'fieldKey', 'wechat'];

export const FUNCTION_SPECS: Record<FunctionName, FunctionSpec> = {
  // users, identities, consents, preferences, notifications inbox; DELETE /api/me erases her
  // items in every feature (batch deletes, the booking cancel-then-strip updates)
  auth: {
    dynamo: ['GetItem', 'PutItem', 'UpdateItem', 'DeleteItem', 'Query', 'BatchWriteItem'],
    secrets: ALL_SECRETS,
    memoryMb: 256,
    timeoutSeconds: 30,
  },
  // postings, fairs, intentions (withdraw deletes the intention item); an Excel import of up to
  // 2,000 rows (one read and one write each, ten at a time) needs more than the usual 10 s
  jobs: {
    dynamo: ['GetItem', 'PutItem', 'UpdateItem', 'DeleteItem', 'Query'],
    secrets: ALL_SECRETS,
    memoryMb: 512,
    timeoutSeconds: 30,
  },
  // questions, claims, messages; the article search index is built in memory, hence more memory
  qa: {
    dynamo: ['GetItem', 'PutItem', 'UpdateItem', 'Query'],
    secrets: ALL_SECRETS,
    settings: ['QA_TEMPLATE_ID'],
    memoryMb: 512,
    timeoutSeconds: 10,
  },
  // volunteers, slots, bookings; also runs the reminder sweep every 5 minutes, hence the longer timeout
  bookings: {
    dynamo: ['GetItem', 'PutItem', 'UpdateItem', 'DeleteItem', 'Query'],
    secrets: ALL_SECRETS,
    settings: ['WECHAT_TEMPLATE_BOOKING_REMINDER'],
    memoryMb: 256,
    timeoutSeconds: 30,
  },
  // aggregate counters only
  admin: { dynamo: ['GetItem', 'Query'], secrets: ALL_SECRETS, memoryMb: 256, timeoutSeconds: 10 },
  // 普法 events, sign-ups (withdrawing deletes the sign-up item), check-in, volunteer hours and their .xlsx export
  events: {
    dynamo: ['GetItem', 'PutItem', 'UpdateItem', 'DeleteItem', 'Query'],
    secrets: ALL_SECRETS,
    memoryMb: 256,
    timeoutSeconds: 10,
  },
  // referrals to the community federation, visits (withdrawal deletes visit items and the overdue entry)
  referrals: {
    dynamo: ['GetItem', 'PutItem', 'UpdateItem', 'DeleteItem', 'Query'],
    secrets: ALL_SECRETS,
    memoryMb: 256,
    timeoutSeconds: 10,
  },
};

/**
 * Scheduled invocations. The target receives EventBridge's own "Scheduled Event"
 * (source aws.events), which functions/bookings/handler.ts tells apart from HTTP events.
 */
export const SCHEDULED_TASKS: { fn: FunctionName; everyMinutes: number; purpose: string }[] = [
  { fn: 'bookings', everyMinutes: 5, purpose: 'reminders' },
];
