/**
 * Every DynamoDB key in the app is built here, and nowhere else. Entities own
 * their keys; services call these builders instead of concatenating strings.
 * Sections are per feature; GSIs are the generic GSI1..GSI3 and the list-view GSI4, GSI5 from table.ts.
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
/** Her identities (GSI1), so erasing her account finds every identity item without a Scan. */
export const userIdentitiesIndex = (userId: string, provider: 'wx' | 'local', subject: string) => ({
  GSI1PK: `USER#${userId}#IDENTS`,
  GSI1SK: `${provider}#${subject}`,
});
export const userIdentitiesPk = (userId: string) => `USER#${userId}#IDENTS`;
/** Every item in her own partition (profile, inbox, counters, holds, idempotency records…). */
export const userPartition = (userId: string) => `USER#${userId}`;
/** A counter shared by everyone for one kind of action in one window (e.g. new local accounts per minute). */
export const globalRateKey = (kind: string, window: string) => ({ PK: `LIMIT#${kind}`, SK: window });
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
/** Open postings in the list-view index (GSI4, list fields only), newest first; removed on closing. */
export const openJobsListIndex = (publishedAt: string, jobId: string) => ({
  GSI4PK: OPEN_JOBS_PK,
  GSI4SK: `${publishedAt}#${jobId}`,
});
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
export const articleKey = (articleId: string) => ({ PK: `ARTICLE#${articleId}`, SK: 'ARTICLE' });
/** Articles of one topic (GSI1) and all articles in topic order (GSI2). */
export const articleIndexes = (topic: string, topicOrder: number, articleId: string) => ({
  GSI1PK: `ARTICLES#TOPIC#${topic}`,
  GSI1SK: articleId,
  GSI2PK: 'ARTICLES',
  GSI2SK: `${pad(topicOrder, 3)}#${articleId}`,
});
export const topicArticlesPk = (topic: string) => `ARTICLES#TOPIC#${topic}`;
export const ALL_ARTICLES_PK = 'ARTICLES';
/** The knowledge-base partition: a META item (version, bumped on every article write) and per-topic counters. */
export const KB_PK = 'QA#KB';
export const kbMetaKey = () => ({ PK: KB_PK, SK: 'META' });
export const topicCountKey = (topic: string) => ({ PK: KB_PK, SK: `TOPIC#${topic}` });
export const TOPIC_COUNT_SK_PREFIX = 'TOPIC#';

export const questionKey = (questionId: string) => ({ PK: `QUESTION#${questionId}`, SK: 'QUESTION' });
export const questionMessageKey = (questionId: string, createdAt: string, messageId: string) => ({
  PK: `QUESTION#${questionId}`,
  SK: `MSG#${createdAt}#${messageId}`,
});
export const questionMessagesPrefix = (questionId: string) => ({ PK: `QUESTION#${questionId}`, SKPrefix: 'MSG#' });
/** The asker's own questions, newest first. */
export const askerQuestionsIndex = (askerId: string, createdAt: string, questionId: string) => ({
  GSI1PK: `USER#${askerId}#QUESTIONS`,
  GSI1SK: `${createdAt}#${questionId}`,
});
export const askerQuestionsPk = (askerId: string) => `USER#${askerId}#QUESTIONS`;
/**
 * The volunteer queue: a sparse entry in the list-view index GSI5 (the queue's fields only),
 * kept while a question is open or claimed without a volunteer reply (so a lapsed claim shows
 * again with no background job). Urgent sorts first.
 */
export const questionQueueIndex = (urgent: boolean, createdAt: string, questionId: string) => ({
  GSI5PK: QUESTION_QUEUE_PK,
  GSI5SK: `${urgent ? '0' : '1'}#${createdAt}#${questionId}`,
});
export const QUESTION_QUEUE_PK = 'QA#QUEUE';
/** Where the queue was before GSI5 (GSI2, whole items): read once by scripts/move-list-views.ts. */
export const LEGACY_QUESTION_QUEUE = { index: 'GSI2', pk: QUESTION_QUEUE_PK } as const;
/** The questions a volunteer has claimed (GSI3), newest claim first. */
export const volunteerClaimsIndex = (volunteerId: string, claimedAt: string, questionId: string) => ({
  GSI3PK: `USER#${volunteerId}#QA-CLAIMS`,
  GSI3SK: `${claimedAt}#${questionId}`,
});
export const volunteerClaimsPk = (volunteerId: string) => `USER#${volunteerId}#QA-CLAIMS`;

// --- bookings ---------------------------------------------------------------
/** Her volunteer application / profile; one per user, beside her profile item. */
export const volunteerKey = (userId: string) => ({ PK: `USER#${userId}`, SK: 'VOLUNTEER' });
/** Applications by status for staff, oldest first. */
export const volunteersByStatusIndex = (status: string, appliedAt: string, userId: string) => ({
  GSI1PK: `VOLUNTEERS#${status}`,
  GSI1SK: `${appliedAt}#${userId}`,
});
export const volunteersByStatusPk = (status: string) => `VOLUNTEERS#${status}`;
/** Her slot intervals with a version: the one item that keeps her slots from overlapping. */
export const volunteerScheduleKey = (userId: string) => ({ PK: `USER#${userId}`, SK: 'SCHEDULE' });
/** A slot; while booked it also holds the booking, whose id is the slot id. */
export const slotKey = (slotId: string) => ({ PK: `SLOT#${slotId}`, SK: 'SLOT' });
/** Open slots by start in the list-view index GSI5 (the list's fields only); booking removes the entry. */
export const OPEN_SLOTS_PK = 'SLOTS#OPEN';
export const openSlotsIndex = (start: string, slotId: string) => ({ GSI5PK: OPEN_SLOTS_PK, GSI5SK: `${start}#${slotId}` });
/** Where open slots were before GSI5 (GSI1, whole items): read once by scripts/move-list-views.ts. */
export const LEGACY_OPEN_SLOTS = { index: 'GSI1', pk: OPEN_SLOTS_PK } as const;
/** Booked slots by start (GSI1): what reminders read. */
export const BOOKED_SLOTS_PK = 'SLOTS#BOOKED';
export const bookedSlotsIndex = (start: string, slotId: string) => ({ GSI1PK: BOOKED_SLOTS_PK, GSI1SK: `${start}#${slotId}` });
/** Her own slots by start (GSI2). */
export const volunteerSlotsIndex = (userId: string, start: string, slotId: string) => ({
  GSI2PK: `USER#${userId}#SLOTS`,
  GSI2SK: `${start}#${slotId}`,
});
export const volunteerSlotsPk = (userId: string) => `USER#${userId}#SLOTS`;
/** A resident's bookings by start (GSI3). */
export const residentBookingsIndex = (userId: string, start: string, slotId: string) => ({
  GSI3PK: `USER#${userId}#BOOKINGS`,
  GSI3SK: `${start}#${slotId}`,
});
export const residentBookingsPk = (userId: string) => `USER#${userId}#BOOKINGS`;
/** Her upcoming bookings as a map {bookingId: start}; its size is the limit's condition. */
export const bookingHoldsKey = (userId: string) => ({ PK: `USER#${userId}`, SK: 'BOOKING_HOLDS' });
/** One Idempotency-Key of one user, holding the booking it produced. */
export const bookingIdempotencyKey = (userId: string, key: string) => ({ PK: `USER#${userId}`, SK: `IDEM#BOOKING#${key}` });

// --- stats --------------------------------------------------------------------
/** Daily aggregate counters (Beijing-time day), all in one partition so a range is one Query. */
export const STATS_PK = 'STATS';
export const statsDayKey = (day: string) => ({ PK: STATS_PK, SK: `DAY#${day}` });

// --- console (staff: regional statistics, closed postings, export audit) --------
/**
 * Daily counters of one region: the whole province under STATS_PK (above), a city or a district
 * in their own partitions, so a region's range is one Query and no item names a person.
 */
export const regionStatsPk = (city: string, district?: string) =>
  district ? `STATS#DISTRICT#${city}#${district}` : `STATS#CITY#${city}`;
export const regionStatsDayKey = (pk: string, day: string) => ({ PK: pk, SK: `DAY#${day}` });
/** Closed postings keep a place in the same GSIs under these partitions, so staff can list and reopen them. */
export const closedJobsIndex = (publishedAt: string, jobId: string) => ({
  GSI1PK: 'JOBS#CLOSED',
  GSI1SK: `${publishedAt}#${jobId}`,
});
export const CLOSED_JOBS_PK = 'JOBS#CLOSED';
export const closedJobsByCityIndex = (city: string, publishedAt: string, jobId: string) => ({
  GSI2PK: `JOBS#CLOSED#CITY#${city}`,
  GSI2SK: `${publishedAt}#${jobId}`,
});
export const closedJobsByCityPk = (city: string) => `JOBS#CLOSED#CITY#${city}`;
/** One record per export of a posting's intentions: who, when, which posting (no names or phones). */
export const exportAuditKey = (at: string, id: string) => ({ PK: 'AUDIT#EXPORTS', SK: `${at}#${id}` });

// --- local demo data ------------------------------------------------------------
/** Written after the demo seed finished, so an interrupted first start seeds again. */
export const seedMarkerKey = (version: string) => ({ PK: 'SEED', SK: version });


// --- events (普法 activities, sign-ups, volunteer service hours) -----------------
/** The event, holding `taken` (seats taken) beside `capacity`: the seat limit is one conditional ADD on it. */
export const eventKey = (eventId: string) => ({ PK: `EVENT#${eventId}`, SK: 'EVENT' });
/** All events by start (GSI1) and per city (GSI2): the public lists and the reminder sweep read these. */
export const EVENTS_PK = 'EVENTS';
export const eventsByStartIndex = (start: string, eventId: string) => ({ GSI1PK: EVENTS_PK, GSI1SK: `${start}#${eventId}` });
export const eventsByCityPk = (city: string) => `EVENTS#CITY#${city}`;
export const eventsByCityIndex = (city: string, start: string, eventId: string) => ({
  GSI2PK: eventsByCityPk(city),
  GSI2SK: `${start}#${eventId}`,
});
/** Events a person organises (GSI3), by start. */
export const organiserEventsPk = (userId: string) => `USER#${userId}#EVENTS`;
export const organiserEventsIndex = (userId: string, start: string, eventId: string) => ({
  GSI3PK: organiserEventsPk(userId),
  GSI3SK: `${start}#${eventId}`,
});
/** One sign-up per person per event: the key is made of both ids, written with a conditional put. */
export const eventSignupKey = (eventId: string, userId: string) => ({ PK: `EVENT#${eventId}`, SK: `SIGNUP#${userId}` });
export const eventSignupsPrefix = (eventId: string) => ({ PK: `EVENT#${eventId}`, SKPrefix: 'SIGNUP#' });
/** Her sign-ups by the event's start (GSI1). */
export const userSignupsPk = (userId: string) => `USER#${userId}#EVENT-SIGNUPS`;
export const userSignupsIndex = (userId: string, start: string, eventId: string) => ({
  GSI1PK: userSignupsPk(userId),
  GSI1SK: `${start}#${eventId}`,
});
/** One service entry per volunteer per source (event, booking, answer): counted once by a conditional put. */
export const serviceEntryKey = (userId: string, year: number, at: string, source: string) => ({
  PK: `USER#${userId}`,
  SK: `SERVICE#${year}#${at}#${source}`,
});
export const serviceEntriesPrefix = (userId: string, year: number) => ({ PK: `USER#${userId}`, SKPrefix: `SERVICE#${year}#` });
export const allServiceEntriesPrefix = (userId: string) => ({ PK: `USER#${userId}`, SKPrefix: 'SERVICE#' });
/** Marks a source as counted for one volunteer, whatever its time: the guard against counting twice. */
export const serviceSourceKey = (userId: string, source: string) => ({ PK: `USER#${userId}`, SK: `SERVICE-SRC#${source}` });
/** Per-year totals per volunteer, in one partition so staff read a year with one Query. */
export const serviceYearPk = (year: number) => `SERVICE-YEAR#${year}`;
export const serviceYearKey = (year: number, userId: string) => ({ PK: serviceYearPk(year), SK: `VOL#${userId}` });

// --- referrals (转介到社区 and follow-up visits) ------------------------------------
/** The referral: consent state, what she chose to share (phone encrypted), claim, deadlines. */
export const referralKey = (referralId: string) => ({ PK: `REFERRAL#${referralId}`, SK: 'REFERRAL' });
/** Visits and contacts of one referral, oldest first; notes encrypted. */
export const referralVisitKey = (referralId: string, at: string, visitId: string) => ({
  PK: `REFERRAL#${referralId}`,
  SK: `VISIT#${at}#${visitId}`,
});
export const referralVisitsPrefix = (referralId: string) => ({ PK: `REFERRAL#${referralId}`, SKPrefix: 'VISIT#' });
/** Her referrals (GSI1), newest first. */
export const residentReferralsPk = (userId: string) => `USER#${userId}#REFERRALS`;
export const residentReferralsIndex = (userId: string, createdAt: string, referralId: string) => ({
  GSI1PK: residentReferralsPk(userId),
  GSI1SK: `${createdAt}#${referralId}`,
});
/**
 * Open referrals of one community (GSI2), set only once she accepted: urgent first, then by
 * the deadline now running. Removed when it closes or she withdraws.
 */
export const communityReferralsPk = (communityId: string) => `COMMUNITY#${communityId}#REFERRALS`;
export const communityReferralsIndex = (communityId: string, urgent: boolean, dueAt: string | null, referralId: string) => ({
  GSI2PK: communityReferralsPk(communityId),
  GSI2SK: `${urgent ? '0' : '1'}#${dueAt ?? '9999'}#${referralId}`,
});
/** Deadlines not yet escalated (GSI3), by due time: the scheduled sweep reads those already past. */
export const REFERRALS_DUE_PK = 'REFERRALS#DUE';
export const referralDueIndex = (dueAt: string, referralId: string) => ({ GSI3PK: REFERRALS_DUE_PK, GSI3SK: `${dueAt}#${referralId}` });
/** Escalated referrals of one district, newest escalation first: the district staff's overdue list. */
export const districtOverduePk = (city: string, district: string) => `REFERRALS#OVERDUE#${city}#${district}`;
export const districtOverdueKey = (city: string, district: string, referralId: string) => ({
  PK: districtOverduePk(city, district),
  SK: `REFERRAL#${referralId}`,
});
/** Who belongs to a federation unit or a community, so a district's staff can be told without a Scan. */
export const orgMemberKey = (orgId: string, userId: string) => ({ PK: `ORG#${orgId}`, SK: `MEMBER#${userId}` });
export const orgMembersPrefix = (orgId: string) => ({ PK: `ORG#${orgId}`, SKPrefix: 'MEMBER#' });
/** Her application to serve a community as its worker (one per person per community), pending staff approval. */
export const workerApplicationKey = (communityId: string, userId: string) => ({ PK: `ORG#community:${communityId}`, SK: `APPLY#${userId}` });
/** Pending worker applications of one district (GSI1), oldest first: the district staff's approval list. */
export const workerApplicationsPk = (city: string, district: string) => `WORKER-APPLY#${city}#${district}`;
export const workerApplicationsIndex = (city: string, district: string, appliedAt: string, userId: string) => ({
  GSI1PK: workerApplicationsPk(city, district),
  GSI1SK: `${appliedAt}#${userId}`,
});
/** One open referral per question or booking: a guard item put with a condition, deleted when it ends. */
export const referralSourceKey = (kind: 'question' | 'booking', sourceId: string) => ({ PK: `REFERRAL-SOURCE#${kind}#${sourceId}`, SK: 'OPEN' });

// --- content error reports on articles (反馈有误) ---------------------------------
/** All reports in one partition, newest last by SK: staff read it newest first with one Query. */
export const ARTICLE_REPORTS_PK = 'ARTICLE-REPORTS';
export const articleReportKey = (createdAt: string, reportId: string) => ({
  PK: ARTICLE_REPORTS_PK,
  SK: `${createdAt}#${reportId}`,
});
