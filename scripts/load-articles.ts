/**
 * Loads (upserts) the knowledge-base articles from content/articles into a deployed
 * table: `TABLE_NAME=<name> AWS_REGION=cn-northwest-1 npm run load-articles`, with AWS
 * credentials in the environment. Locally the seed step does the same.
 */
import { createDb } from '../functions/platform/db';
import { loadArticles, readArticleDir } from '../functions/qa/seed';

async function main() {
  const tableName = process.env.TABLE_NAME;
  if (!tableName) throw new Error('Set TABLE_NAME to the deployed table name (stack output TableName).');
  const db = createDb({ tableName, region: process.env.AWS_REGION ?? 'cn-northwest-1', dynamoEndpoint: process.env.DYNAMO_ENDPOINT });
  const count = await loadArticles({ db }, readArticleDir());
  console.log(`Loaded ${count} articles into ${tableName}.`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
