/**
 * Every DynamoDB key in the app is built here, and nowhere else. Entities own
 * their keys; services call these builders instead of concatenating strings.
 * Sections are per feature; GSIs are the generic GSI1..GSI3 from table.ts.
 */

const pad = (n: number, width = 12) => String(Math.max(0, Math.floor(n))).padStart(width, '0');

// --- users & identity -------------------------------------------------------
export const userKey = (userId: string) => ({ PK: `USER#${userId}`, SK: 'PROFILE' });
/** Maps an outside identity (WeChat openid, local handle) to one user; unique by conditional put. */
export const identityKey = (provider: 'wx' | 'local', subject: string) => ({
  PK: `IDENT#${provider}#${subject}`,
  SK: 'IDENT',
});
export const notificationKey = (userId: string, createdAt: string, id: string) => ({
  PK: `USER#${userId}`,
  SK: `NOTE#${createdAt}#${id}`,
});
export const notificationPrefix = (userId: string) => ({ PK: `USER#${userId}`, SKPrefix: 'NOTE#' });
/** A per-user counter for one kind of action in one window (e.g. questions per day). */
export const rateKey = (userId: string, kind: string, window: string) => ({
  PK: `USER#${userId}`,
  SK: `RATE#${kind}#${window}`,
});

// --- jobs (Spring Breeze) ---------------------------------------------------
export const jobKey = (jobId: string) => ({ PK: `JOB#${jobId}`, SK: 'JOB' });
/** Open postings, newest first: a sparse GSI entry removed when the posting closes. */
export const openJobsIndex = (publishedAt: string, jobId: string) => ({
  GSI1PK: 'JOBS#OPEN',
  GSI1SK: `${publishedAt}#${jobId}`,
});
export const OPEN_JOBS_PK = 'JOBS#OPEN';
export const openJobsByCityIndex = (city: string, publishedAt: string, jobId: string) => ({
  GSI2PK: `JOBS#OPEN#CITY#${city}`,
  GSI2SK: `${publishedAt}#${jobId}`,
});
export const openJobsByCityPk = (city: string) => `JOBS#OPEN#CITY#${city}`;
export const fairJobsIndex = (fairId: string, publishedAt: string, jobId: string) => ({
  GSI3PK: `FAIR#${fairId}#JOBS`,
  GSI3SK: `${publishedAt}#${jobId}`,
});
export const fairJobsPk = (fairId: string) => `FAIR#${fairId}#JOBS`;

export const fairKey = (fairId: string) => ({ PK: `FAIR#${fairId}`, SK: 'FAIR' });
export const fairsIndex = (startAt: string, fairId: string) => ({ GSI1PK: 'FAIRS', GSI1SK: `${startAt}#${fairId}` });
export const FAIRS_PK = 'FAIRS';

/** One intention per person per job: the key is made of both ids, written with a conditional put. */
export const intentionKey = (jobId: string, userId: string) => ({ PK: `JOB#${jobId}`, SK: `INTENT#${userId}` });
export const intentionsOfJobPrefix = (jobId: string) => ({ PK: `JOB#${jobId}`, SKPrefix: 'INTENT#' });
export const userIntentionsIndex = (userId: string, createdAt: string) => ({
  GSI1PK: `USER#${userId}#INTENTS`,
  GSI1SK: createdAt,
});
export const userIntentionsPk = (userId: string) => `USER#${userId}#INTENTS`;
/** Finds one intention by its opaque id (for withdrawing it) without a Scan; the owner is checked on the item. */
export const intentionByIdIndex = (intentionId: string) => ({ GSI2PK: `INTENT#${intentionId}`, GSI2SK: 'INTENT' });
export const intentionByIdPk = (intentionId: string) => `INTENT#${intentionId}`;

// --- qa ---------------------------------------------------------------------

// --- bookings ---------------------------------------------------------------

// --- stats --------------------------------------------------------------------
/** Daily aggregate counters (Beijing-time day), all in one partition so a range is one Query. */
export const STATS_PK = 'STATS';
export const statsDayKey = (day: string) => ({ PK: STATS_PK, SK: `DAY#${day}` });

export const keyUtil = { pad };
