import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { BEIJING_OFFSET_MS } from '../../shared/beijing';
import { QUESTIONS_PER_DAY } from '../../shared/qa';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../shared/time';
import type { Deps } from './deps';
import { AppError, isConditionFailed } from './errors';
import { globalRateKey, rateKey } from './keys';

/**
 * Abuse limits (OWASP API4/API6). Each one is a single conditional ADD on a counter item
 * for a fixed window (`ADD n :one` only while `n < max`), so requests arriving together
 * cannot slip past it, and the item carries `expiresAt` (epoch seconds) for DynamoDB TTL
 * to remove once the window has passed. A refused write is 429 RATE_LIMITED with a
 * message that says what the limit is.
 *
 * Windows are fixed (they start at multiples of their length since the epoch): simple,
 * one item per window, and at most 2× the limit across a window boundary, which is
 * enough for these limits.
 */
export interface Limit {
  /** The counter's name in its key. */
  kind: string;
  max: number;
  windowMs: number;
  /** The Chinese message of the 429. */
  message: string;
  /** Shifts window starts, e.g. +8 h so a day runs midnight to midnight in Beijing. */
  offsetMs?: number;
}

export const LIMITS = {
  /** Questions one resident asks in a Beijing day. */
  questionsPerDay: {
    kind: 'qa-question',
    max: QUESTIONS_PER_DAY,
    windowMs: DAY_MS,
    offsetMs: BEIJING_OFFSET_MS,
    message: `每天最多提 ${QUESTIONS_PER_DAY} 个问题，请明天再来`,
  },
  /** Book/cancel churn: cancellations by one resident in 7 days. */
  cancellationsPerWeek: {
    kind: 'cancel',
    max: 4,
    windowMs: 7 * DAY_MS,
    message: '7 天内最多取消 4 次预约，请过几天再取消。去不了的话，请联系妇联工作人员',
  },
  /** Messages one person writes into threads in an hour. */
  messagesPerHour: { kind: 'message', max: 30, windowMs: HOUR_MS, message: '一小时内最多发 30 条消息，请稍后再发' },
  /** New accounts through local sign-in, across everyone (config.localSignupsPerMinute). */
  localSignupsPerMinute: { kind: 'local-signup', max: 10, windowMs: MINUTE_MS, message: '新账号注册太频繁了，请一分钟后再试' },
} as const satisfies Record<string, Limit>;

type LimitDeps = Pick<Deps, 'db' | 'clock'>;

/** The window an instant falls in, and when its counter may be removed. */
function windowOf(limit: Limit, nowMs: number) {
  const offset = limit.offsetMs ?? 0;
  const start = Math.floor((nowMs + offset) / limit.windowMs) * limit.windowMs - offset;
  return { id: String(start), expiresAt: Math.ceil((start + limit.windowMs) / 1000) + 60 };
}

async function countOne(deps: LimitDeps, key: { PK: string; SK: string }, max: number, expiresAt: number): Promise<boolean> {
  try {
    await deps.db.doc.send(
      new UpdateCommand({
        TableName: deps.db.table,
        Key: key,
        UpdateExpression: 'ADD n :one SET expiresAt = :exp',
        ConditionExpression: 'attribute_not_exists(n) OR n < :max',
        ExpressionAttributeValues: { ':one': 1, ':max': max, ':exp': expiresAt },
      }),
    );
    return true;
  } catch (e) {
    if (isConditionFailed(e)) return false;
    throw e;
  }
}

/** Counts one action of one user, or throws 429 when the window's allowance is used up. */
export async function takeUserAllowance(deps: LimitDeps, userId: string, limit: Limit, max = limit.max): Promise<void> {
  const w = windowOf(limit, deps.clock().getTime());
  if (!(await countOne(deps, rateKey(userId, limit.kind, w.id), max, w.expiresAt))) {
    throw new AppError('RATE_LIMITED', undefined, limit.message);
  }
}

/** Counts one action shared by everyone (e.g. new accounts), or throws 429. */
export async function takeGlobalAllowance(deps: LimitDeps, limit: Limit, max = limit.max): Promise<void> {
  const w = windowOf(limit, deps.clock().getTime());
  if (!(await countOne(deps, globalRateKey(limit.kind, w.id), max, w.expiresAt))) {
    throw new AppError('RATE_LIMITED', undefined, limit.message);
  }
}
