import type { Deps } from '../platform/deps';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { exportAuditKey } from '../platform/keys';

type StoreDeps = Pick<Deps, 'db'>;

/** Who exported which posting's intentions, and when; the record holds no name or phone. */
export async function recordExport({ db }: StoreDeps, entry: { id: string; staffId: string; unitId: string; jobId: string; at: string; rows: number }) {
  await db.doc.send(
    new PutCommand({ TableName: db.table, Item: { ...exportAuditKey(entry.at, entry.id), type: 'export-audit', ...entry } }),
  );
}
