import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from '../platform/db';
import { exportAuditKey } from '../platform/keys';

/** Who exported which posting's intentions, and when; the record holds no name or phone. */
export async function recordExport(db: Db, entry: { id: string; staffId: string; unitId: string; jobId: string; at: string; rows: number }) {
  await db.doc.send(
    new PutCommand({ TableName: db.table, Item: { ...exportAuditKey(entry.at, entry.id), type: 'export-audit', ...entry } }),
  );
}
