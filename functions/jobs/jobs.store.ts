import type { Deps } from '../platform/deps';
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Page } from '../../shared/common';
import {
  jobListItem,
  jobPosting,
  monthlyAmount,
  type CityId,
  type EducationLevel,
  type Employer,
  type ExperienceLevel,
  type JobCategory,
  type JobStatus,
  type JobTag,
  type Salary,
} from '../../shared/jobs';
import { isConditionFailed } from '../platform/errors';
import { updateExisting, type Item } from '../platform/items';
import {
  CLOSED_JOBS_PK,
  OPEN_JOBS_PK,
  closedJobsByCityIndex,
  closedJobsByCityPk,
  closedJobsIndex,
  fairJobsIndex,
  fairJobsPk,
  jobKey,
  openJobsByCityIndex,
  openJobsByCityPk,
  openJobsIndex,
  openJobsListIndex,
} from '../platform/keys';
import { allOf, queryFiltered, type Condition, type FilteredQuery } from '../platform/paging';
import { LIST_VIEW_ATTRIBUTES } from '../platform/table';

type StoreDeps = Pick<Deps, 'db'>;

/** A posting as stored (without keys and derived attributes). */
export interface JobRecord {
  id: string;
  title: string;
  employer: Employer;
  city: CityId;
  district: string;
  address: string;
  category: JobCategory;
  salary: Salary;
  headcount: number;
  duties: string;
  requirements: string;
  tags: JobTag[];
  education: EducationLevel;
  experience: ExperienceLevel;
  fairId: string | null;
  publishedAt: string;
  expiresAt: string;
  status: JobStatus;
  version: number;
  /** Intentions currently registered; kept with ADD, read by statistics. */
  intentionCount: number;
}

export interface JobFilters {
  q?: string;
  city?: CityId;
  district?: string;
  category?: JobCategory;
  tag?: JobTag;
  salaryMin?: number;
  fairId?: string;
}

/** Keyword search is a substring match on this: full-width folded, lower case, no spaces. */
export const normaliseSearch = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

const searchTextOf = (j: JobRecord) => normaliseSearch([j.title, j.employer.name, j.duties].join('\n'));

/**
 * The GSI entries of a posting: open ones are in the public open partitions (and their fair's);
 * closed ones only in the closed partitions staff list to reopen them.
 */
const openIndexes = (j: JobRecord) =>
  j.status !== 'open'
    ? {
        ...closedJobsIndex(j.publishedAt, j.id),
        ...closedJobsByCityIndex(j.city, j.publishedAt, j.id),
        // Still listed under its fair (public reads filter on status), so a cancelled fair reaches its applicants.
        ...(j.fairId ? fairJobsIndex(j.fairId, j.publishedAt, j.id) : {}),
      }
    : {
        ...openJobsIndex(j.publishedAt, j.id),
        ...openJobsByCityIndex(j.city, j.publishedAt, j.id),
        ...openJobsListIndex(j.publishedAt, j.id),
        ...(j.fairId ? fairJobsIndex(j.fairId, j.publishedAt, j.id) : {}),
      };

/** Attributes the service may change; everything else is fixed at creation or owned by the store. */
const derived = (j: JobRecord) => ({
  title: j.title,
  employer: j.employer,
  city: j.city,
  district: j.district,
  address: j.address,
  category: j.category,
  salary: j.salary,
  headcount: j.headcount,
  duties: j.duties,
  requirements: j.requirements,
  tags: j.tags,
  education: j.education,
  experience: j.experience,
  fairId: j.fairId,
  expiresAt: j.expiresAt,
  searchText: searchTextOf(j),
  salaryMaxMonthly: monthlyAmount(j.salary.max, j.salary.unit),
});

function toItem(j: JobRecord): Item {
  return {
    ...jobKey(j.id),
    type: 'job',
    id: j.id,
    publishedAt: j.publishedAt,
    status: j.status,
    version: j.version,
    intentionCount: j.intentionCount,
    ...derived(j),
    ...openIndexes(j),
  };
}

/** Writes a new posting; the id is fresh, so the condition only guards against a reused id. */
export async function insertJob({ db }: StoreDeps, job: JobRecord): Promise<void> {
  await db.doc.send(
    new PutCommand({ TableName: db.table, Item: toItem(job), ConditionExpression: 'attribute_not_exists(PK)' }),
  );
}

export async function getJob({ db }: StoreDeps, jobId: string): Promise<JobRecord | null> {
  const { Item } = await db.doc.send(new GetCommand({ TableName: db.table, Key: jobKey(jobId) }));
  return Item && Item.type === 'job' ? fromItem(Item) : null;
}

/** Open and unexpired: the condition every public list applies. */
export const liveJob = (nowIso: string): Condition[] => [
  { expr: '#status = :open', names: { '#status': 'status' }, values: { ':open': 'open' } },
  { expr: '#expiresAt > :now', names: { '#expiresAt': 'expiresAt' }, values: { ':now': nowIso } },
];

/** What a list page shows of a posting: the list-view index (GSI4) holds exactly these. */
export type JobListRecord = Pick<
  JobRecord,
  'id' | 'title' | 'employer' | 'city' | 'district' | 'category' | 'salary' | 'tags' | 'fairId' | 'publishedAt' | 'expiresAt' | 'status'
>;

/**
 * A posting's item holds the fields the API shows, so it is read through the API's schemas, which
 * also leave the keys and the derived attributes (search text, monthly pay) behind. Postings
 * written before tags and fairs existed lack them.
 */
const fromListItem = (i: Item): JobListRecord => jobListItem.parse({ tags: [], fairId: null, ...i });

/** A whole posting, with the intention count the API does not show. */
export const fromItem = (i: Item): JobRecord => ({
  ...jobPosting.parse({ tags: [], fairId: null, ...i }),
  intentionCount: typeof i.intentionCount === 'number' ? i.intentionCount : 0,
});

/**
 * Open postings newest first, list fields only. Without a keyword, city or fair they come from
 * the list-view index (GSI4: a dozen short fields per posting, not duties and requirements);
 * otherwise the partition is chosen from the most selective filter that has an index (a fair,
 * then a city) and the read still returns only the list fields. Other filters are a
 * FilterExpression on that Query. With no filter but expiry, a page of N reads N + 1 items.
 */
export async function listOpenJobs(
  { db }: StoreDeps,
  f: JobFilters,
  nowIso: string,
  limit: number,
  cursor?: string,
): Promise<Page<JobListRecord>> {
  const q = f.q ? normaliseSearch(f.q) : '';
  const base: Pick<FilteredQuery, 'index' | 'partitionValue'> = f.fairId
    ? { index: 'GSI3', partitionValue: fairJobsPk(f.fairId) }
    : f.city
      ? { index: 'GSI2', partitionValue: openJobsByCityPk(f.city) }
      : q
        ? { index: 'GSI1', partitionValue: OPEN_JOBS_PK }
        : { index: 'GSI4', partitionValue: OPEN_JOBS_PK };
  const conds: Condition[] = [...liveJob(nowIso)];
  if (f.fairId && f.city) conds.push({ expr: '#city = :city', names: { '#city': 'city' }, values: { ':city': f.city } });
  if (f.district) {
    conds.push({ expr: '#district = :district', names: { '#district': 'district' }, values: { ':district': f.district } });
  }
  if (f.category) {
    conds.push({ expr: '#category = :category', names: { '#category': 'category' }, values: { ':category': f.category } });
  }
  if (f.tag) conds.push({ expr: 'contains(#tags, :tag)', names: { '#tags': 'tags' }, values: { ':tag': f.tag } });
  if (f.salaryMin !== undefined) {
    conds.push({ expr: '#smax >= :smin', names: { '#smax': 'salaryMaxMonthly' }, values: { ':smin': f.salaryMin } });
  }
  if (q) conds.push({ expr: 'contains(#search, :q)', names: { '#search': 'searchText' }, values: { ':q': q } });
  // Only expiry (and, under a fair, status) filters: almost every item read is shown.
  const dense = conds.length === liveJob(nowIso).length;
  const page = await queryFiltered(
    db,
    { ...base, forward: false, ...allOf(conds), project: LIST_VIEW_ATTRIBUTES, dense },
    limit,
    cursor,
  );
  return { items: page.items.map(fromListItem), nextCursor: page.nextCursor };
}

/**
 * Replaces the changeable fields when the stored version is still the one the
 * change was based on; the index entries follow the new city, fair and status.
 * Returns false when someone else changed it first.
 */
export async function updateJob({ db }: StoreDeps, before: JobRecord, after: JobRecord): Promise<boolean> {
  const set: Item = { ...derived(after), ...openIndexes(after), version: after.version };
  const remove = [...(!after.fairId ? ['GSI3PK', 'GSI3SK'] : []), ...(after.status !== 'open' ? ['GSI4PK', 'GSI4SK'] : [])];
  const names = Object.fromEntries([...Object.keys(set), ...remove, 'version'].map((k) => [`#${k}`, k]));
  const values = Object.fromEntries(Object.entries(set).map(([k, v]) => [`:${k}`, v]));
  const update =
    'SET ' +
    Object.keys(set)
      .map((k) => `#${k} = :${k}`)
      .join(', ') +
    (remove.length ? ' REMOVE ' + remove.map((k) => `#${k}`).join(', ') : '');
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: jobKey(before.id),
        UpdateExpression: update,
        ConditionExpression: 'attribute_exists(PK) AND #version = :expected',
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: { ...values, ':expected': before.version },
      }),
    );
    return true;
  } catch (e) {
    if (isConditionFailed(e)) return false;
    throw e;
  }
}

/**
 * Marks the posting closed and moves it from the open indexes to the closed ones (staff list
 * closed postings to reopen them); it stays under its fair, where public reads filter on status.
 */
export async function closeJob({ db }: StoreDeps, job: Pick<JobRecord, 'id' | 'city' | 'publishedAt'>): Promise<JobRecord> {
  const closed = { ...closedJobsIndex(job.publishedAt, job.id), ...closedJobsByCityIndex(job.city, job.publishedAt, job.id) };
  const r = await db.doc.send(
    new UpdateCommand({
      TableName: db.table,
      Key: jobKey(job.id),
      UpdateExpression:
        'SET #status = :closed, GSI1PK = :g1pk, GSI1SK = :g1sk, GSI2PK = :g2pk, GSI2SK = :g2sk REMOVE GSI4PK, GSI4SK ADD #version :one',
      ConditionExpression: 'attribute_exists(PK) AND #status = :open',
      ExpressionAttributeNames: { '#status': 'status', '#version': 'version' },
      ExpressionAttributeValues: {
        ':closed': 'closed',
        ':open': 'open',
        ':one': 1,
        ':g1pk': closed.GSI1PK,
        ':g1sk': closed.GSI1SK,
        ':g2pk': closed.GSI2PK,
        ':g2sk': closed.GSI2SK,
      },
      ReturnValues: 'ALL_NEW',
    }),
  );
  return fromItem(r.Attributes ?? {});
}

/** Closed → open, once: the posting returns to the open indexes; null when it was not closed. */
export async function reopenJob({ db }: StoreDeps, job: JobRecord): Promise<JobRecord | null> {
  const open = openIndexes({ ...job, status: 'open' });
  const set: Item = { ...open, status: 'open' };
  try {
    const r = await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: jobKey(job.id),
        UpdateExpression: 'SET ' + Object.keys(set).map((k) => `#${k} = :${k}`).join(', ') + ' ADD #version :one',
        ConditionExpression: 'attribute_exists(PK) AND #status = :closed',
        ExpressionAttributeNames: { ...Object.fromEntries(Object.keys(set).map((k) => [`#${k}`, k])), '#version': 'version' },
        ExpressionAttributeValues: {
          ...Object.fromEntries(Object.entries(set).map(([k, v]) => [`:${k}`, v])),
          ':closed': 'closed',
          ':one': 1,
        },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return fromItem(r.Attributes ?? {});
  } catch (e) {
    if (isConditionFailed(e)) return null;
    throw e;
  }
}

/** Postings staff manage: open or closed, all or one city's (a district is a filter), newest first. */
export async function listJobsForStaff(
  { db }: StoreDeps,
  f: { status: JobStatus; city?: string; district?: string },
  limit: number,
  cursor?: string,
): Promise<Page<JobRecord>> {
  const open = f.status === 'open';
  const base: Pick<FilteredQuery, 'index' | 'partitionValue'> = f.city
    ? { index: 'GSI2', partitionValue: open ? openJobsByCityPk(f.city) : closedJobsByCityPk(f.city) }
    : { index: 'GSI1', partitionValue: open ? OPEN_JOBS_PK : CLOSED_JOBS_PK };
  const conds: Condition[] = [{ expr: '#status = :status', names: { '#status': 'status' }, values: { ':status': f.status } }];
  if (f.district) {
    conds.push({ expr: '#district = :district', names: { '#district': 'district' }, values: { ':district': f.district } });
  }
  const page = await queryFiltered(db, { ...base, forward: false, ...allOf(conds) }, limit, cursor);
  return { items: page.items.map(fromItem), nextCursor: page.nextCursor };
}

/** Counts registered intentions on the posting (statistics read it); never fails the caller's action. */
export async function addIntentionCount({ db }: StoreDeps, jobId: string, delta: 1 | -1): Promise<void> {
  await updateExisting(db, jobKey(jobId), 'ADD #n :d', { ':d': delta }, { '#n': 'intentionCount' });
}
