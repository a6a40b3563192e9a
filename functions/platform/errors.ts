import type { ErrorBody, ErrorCode, FieldIssue } from '../../shared/errors';

/** The one error type services throw; only the HTTP edge turns it into a status. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly fields?: FieldIssue[],
    /** Optional message override; defaults to the shared Chinese message for the code. */
    readonly userMessage?: string,
    /** Machine-readable detail the client acts on (never personal data). */
    readonly detail?: Pick<ErrorBody['error'], 'consent'>,
  ) {
    super(code);
    this.name = 'AppError';
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;

/** True when DynamoDB refused a conditional write: the invariant held. */
export const isConditionFailed = (e: unknown): boolean =>
  typeof e === 'object' && e !== null && (e as { name?: string }).name === 'ConditionalCheckFailedException';
