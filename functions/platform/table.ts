import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';

/**
 * The one definition of the table's keys and indexes. The local gateway and the
 * tests create the table from it, and the CDK stack (infra/) reads it too, so the
 * cloud table and the local one cannot drift apart.
 */
export const TABLE_KEYS = { partitionKey: 'PK', sortKey: 'SK' } as const;

/**
 * What list pages show, and filter on, of the items written to the list-view index (GSI4):
 * postings in the 岗位 tab. Only list items carry GSI4 keys, and the index holds only these
 * attributes, so a page reads (and pays for) a dozen short fields per item, not whole items.
 */
export const LIST_VIEW_ATTRIBUTES = [
  'id',
  'title',
  'employer',
  'city',
  'district',
  'category',
  'salary',
  'salaryMaxMonthly',
  'tags',
  'fairId',
  'publishedAt',
  'expiresAt',
  'status',
] as const;

/**
 * What the volunteer queue shows of a question (`QUEUE_ITEM_ATTRIBUTES`) and what its filter reads
 * (status and the claim's lapse): the queue's entries in GSI5 hold these and nothing else, so
 * the asker's id, her choice of anonymity, the claimer and the thread are never read by it.
 */
export const QUEUE_ITEM_ATTRIBUTES = ['id', 'topic', 'city', 'title', 'body', 'urgent', 'createdAt'] as const;
export const QUEUE_FILTER_ATTRIBUTES = ['status', 'claimedAt', 'volunteerRepliedAt'] as const;
/**
 * What the open-slots list shows of a slot (GSI5; the filters on mode, city and topic read
 * `mode` and the volunteer's public profile): not her user id, the booking or the reminders.
 */
export const OPEN_SLOT_ATTRIBUTES = ['id', 'start', 'end', 'durationMinutes', 'mode', 'location', 'volunteer'] as const;

/**
 * GSI1..3 are shared by many entity types whose queries read whole items: they project ALL.
 * GSI4 is the postings' list-view index above; GSI5 the one of the volunteer queue and of open
 * slots (one index for both, so a deployed table gains one index, not two: CloudFormation adds
 * one GSI per update). An INCLUDE projection names attributes, not entity types, so a slot in
 * GSI5 also brings its `createdAt` along; nothing else of either type shares a name.
 */
export const GSIS = [
  { indexName: 'GSI1', partitionKey: 'GSI1PK', sortKey: 'GSI1SK' },
  { indexName: 'GSI2', partitionKey: 'GSI2PK', sortKey: 'GSI2SK' },
  { indexName: 'GSI3', partitionKey: 'GSI3PK', sortKey: 'GSI3SK' },
  { indexName: 'GSI4', partitionKey: 'GSI4PK', sortKey: 'GSI4SK', nonKeyAttributes: LIST_VIEW_ATTRIBUTES },
  {
    indexName: 'GSI5',
    partitionKey: 'GSI5PK',
    sortKey: 'GSI5SK',
    nonKeyAttributes: [...new Set([...QUEUE_ITEM_ATTRIBUTES, ...QUEUE_FILTER_ATTRIBUTES, ...OPEN_SLOT_ATTRIBUTES])],
  },
] as const;

export type GsiName = (typeof GSIS)[number]['indexName'];

/** ALL, or INCLUDE of the named attributes (the keys are always projected). */
export const projectionOf = (g: (typeof GSIS)[number]): { type: 'ALL' } | { type: 'INCLUDE'; nonKeyAttributes: string[] } =>
  'nonKeyAttributes' in g ? { type: 'INCLUDE', nonKeyAttributes: [...g.nonKeyAttributes] } : { type: 'ALL' };

export function createTableInput(tableName: string): CreateTableCommandInput {
  const attrs = [TABLE_KEYS.partitionKey, TABLE_KEYS.sortKey, ...GSIS.flatMap((g) => [g.partitionKey, g.sortKey])];
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: attrs.map((name) => ({ AttributeName: name, AttributeType: 'S' })),
    KeySchema: [
      { AttributeName: TABLE_KEYS.partitionKey, KeyType: 'HASH' },
      { AttributeName: TABLE_KEYS.sortKey, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: GSIS.map((g) => ({
      IndexName: g.indexName,
      KeySchema: [
        { AttributeName: g.partitionKey, KeyType: 'HASH' },
        { AttributeName: g.sortKey, KeyType: 'RANGE' },
      ],
      Projection: projectionInput(g),
    })),
  };
}

function projectionInput(g: (typeof GSIS)[number]) {
  const p = projectionOf(g);
  return p.type === 'ALL' ? { ProjectionType: 'ALL' as const } : { ProjectionType: 'INCLUDE' as const, NonKeyAttributes: p.nonKeyAttributes };
}
