import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Page } from '../../shared/common';
import {
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
import type { Db } from '../platform/db';
import { isConditionFailed } from '../platform/errors';
import {
  OPEN_JOBS_PK,
  fairJobsIndex,
  fairJobsPk,
  jobKey,
  openJobsByCityIndex,
  openJobsByCityPk,
  openJobsIndex,
} from '../platform/keys';
import { allOf, queryFiltered, type Condition, type FilteredQuery } from '../platform/paging';

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

type Item = Record<string, unknown>;

/** Keyword search is a substring match on this: full-width folded, lower case, no spaces. */
export const normaliseSearch = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

const searchTextOf = (j: JobRecord) => normaliseSearch([j.title, j.employer.name, j.duties].join('\n'));

/** The GSI entries only an open posting has; closing removes them all. */
const openIndexes = (j: JobRecord) =>
  j.status !== 'open'
    ? {}
    : {
        ...openJobsIndex(j.publishedAt, j.id),
        ...openJobsByCityIndex(j.city, j.publishedAt, j.id),
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

export function fromItem(i: Item): JobRecord {
  return {
    id: i.id as string,
    title: i.title as string,
    employer: i.employer as Employer,
    city: i.city as CityId,
    district: i.district as string,
    address: i.address as string,
    category: i.category as JobCategory,
    salary: i.salary as Salary,
    headcount: i.headcount as number,
    duties: i.duties as string,
    requirements: i.requirements as string,
    tags: (i.tags as JobTag[] | undefined) ?? [],
    education: i.education as EducationLevel,
    experience: i.experience as ExperienceLevel,
    fairId: (i.fairId as string | null | undefined) ?? null,
    publishedAt: i.publishedAt as string,
    expiresAt: i.expiresAt as string,
    status: i.status as JobStatus,
    version: i.version as number,
    intentionCount: (i.intentionCount as number | undefined) ?? 0,
  };
}

/** Writes a new posting; the id is fresh, so the condition only guards against a reused id. */
export async function insertJob(db: Db, job: JobRecord): Promise<void> {
  await db.doc.send(
    new PutCommand({ TableName: db.table, Item: toItem(job), ConditionExpression: 'attribute_not_exists(PK)' }),
  );
}

export async function getJob(db: Db, jobId: string): Promise<JobRecord | null> {
  const { Item } = await db.doc.send(new GetCommand({ TableName: db.table, Key: jobKey(jobId) }));
  return Item && Item.type === 'job' ? fromItem(Item) : null;
}

/** Open and unexpired: the condition every public list applies. */
export const liveJob = (nowIso: string): Condition[] => [
  { expr: '#status = :open', names: { '#status': 'status' }, values: { ':open': 'open' } },
  { expr: '#expiresAt > :now', names: { '#expiresAt': 'expiresAt' }, values: { ':now': nowIso } },
];

/**
 * Open postings newest first. The partition is chosen from the most selective
 * filter that has an index (a fair, then a city, else all open postings); the
 * other filters are a FilterExpression on that Query.
 */
export async function listOpenJobs(
  db: Db,
  f: JobFilters,
  nowIso: string,
  limit: number,
  cursor?: string,
): Promise<Page<JobRecord>> {
  const base: Pick<FilteredQuery, 'index' | 'partitionValue'> = f.fairId
    ? { index: 'GSI3', partitionValue: fairJobsPk(f.fairId) }
    : f.city
      ? { index: 'GSI2', partitionValue: openJobsByCityPk(f.city) }
      : { index: 'GSI1', partitionValue: OPEN_JOBS_PK };
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
  const q = f.q ? normaliseSearch(f.q) : '';
  if (q) conds.push({ expr: 'contains(#search, :q)', names: { '#search': 'searchText' }, values: { ':q': q } });
  const page = await queryFiltered(db, { ...base, forward: false, ...allOf(conds) }, limit, cursor);
  return { items: page.items.map(fromItem), nextCursor: page.nextCursor };
}

/**
 * Replaces the changeable fields when the stored version is still the one the
 * change was based on; the index entries follow the new city, fair and status.
 * Returns false when someone else changed it first.
 */
export async function updateJob(db: Db, before: JobRecord, after: JobRecord): Promise<boolean> {
  const set: Item = { ...derived(after), ...openIndexes(after), version: after.version };
  const remove = after.status === 'open' && !after.fairId ? ['GSI3PK', 'GSI3SK'] : [];
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

/** Marks the posting closed and drops it from every open index; returns the stored posting. */
export async function closeJob(db: Db, jobId: string): Promise<JobRecord> {
  const r = await db.doc.send(
    new UpdateCommand({
      TableName: db.table,
      Key: jobKey(jobId),
      UpdateExpression: 'SET #status = :closed ADD #version :one REMOVE GSI1PK, GSI1SK, GSI2PK, GSI2SK, GSI3PK, GSI3SK',
      ConditionExpression: 'attribute_exists(PK) AND #status = :open',
      ExpressionAttributeNames: { '#status': 'status', '#version': 'version' },
      ExpressionAttributeValues: { ':closed': 'closed', ':open': 'open', ':one': 1 },
      ReturnValues: 'ALL_NEW',
    }),
  );
  return fromItem(r.Attributes ?? {});
}

/** Counts registered intentions on the posting (statistics read it); never fails the caller's action. */
export async function addIntentionCount(db: Db, jobId: string, delta: 1 | -1): Promise<void> {
  await db.doc.send(
    new UpdateCommand({
      TableName: db.table,
      Key: jobKey(jobId),
      UpdateExpression: 'ADD #n :d',
      ConditionExpression: 'attribute_exists(PK)',
      ExpressionAttributeNames: { '#n': 'intentionCount' },
      ExpressionAttributeValues: { ':d': delta },
    }),
  );
}
