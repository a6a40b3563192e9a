import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { generateFieldKey } from '../platform/crypto';

/** Local secrets live beside the local data, made once, never committed. */
export function localSecrets(dataDir: string): { tokenSecret: string; fieldKey: string; cursorSecret: string } {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'secrets.json');
  if (existsSync(file)) {
    const stored = JSON.parse(readFileSync(file, 'utf8'));
    // Data dirs made before cursors had their own key get one now.
    if (typeof stored.cursorSecret === 'string') return stored;
    const upgraded = { ...stored, cursorSecret: randomBytes(32).toString('base64url') };
    writeFileSync(file, JSON.stringify(upgraded), { mode: 0o600 });
    return upgraded;
  }
  const secrets = {
    tokenSecret: randomBytes(32).toString('base64url'),
    fieldKey: generateFieldKey(),
    cursorSecret: randomBytes(32).toString('base64url'),
  };
  writeFileSync(file, JSON.stringify(secrets), { mode: 0o600 });
  return secrets;
}
