/**
 * Once per deployed table, after the deploy that added GSI5 (issue #10): moves the volunteer
 * queue's entries from GSI2 and the open slots' entries from GSI1 into the list-view index
 * GSI5, which the new code reads. `TABLE_NAME=<name> AWS_REGION=cn-northwest-1 npx tsx
 * scripts/move-list-views.ts`, with AWS credentials in the environment, as soon as the
 * stack update has finished (until then the queue and the open slots written before it do not
 * show). Safe to run twice and beside live traffic: each item moves in one conditional write.
 */
import { createDb } from '../functions/platform/db';
import { moveOpenSlotsToListView } from '../functions/bookings/slots.store';
import { moveQueueToListView } from '../functions/qa/questions.store';

async function main() {
  const tableName = process.env.TABLE_NAME;
  if (!tableName) throw new Error('Set TABLE_NAME to the deployed table name (stack output TableName).');
  const db = createDb({ tableName, region: process.env.AWS_REGION ?? 'cn-northwest-1', dynamoEndpoint: process.env.DYNAMO_ENDPOINT });
  const slots = await moveOpenSlotsToListView({ db });
  console.log(`Open slots: ${slots.moved} moved to GSI5, ${slots.dropped} stale entries dropped.`);
  const queue = await moveQueueToListView({ db });
  console.log(`Volunteer queue: ${queue.moved} moved to GSI5, ${queue.dropped} stale entries dropped.`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
