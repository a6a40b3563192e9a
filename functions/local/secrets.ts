import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { generateFieldKey } from '../platform/crypto';

/** Local secrets live beside the local data, made once, never committed. */
export function localSecrets(dataDir: string): { tokenSecret: string; fieldKey: string } {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'secrets.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
  const secrets = { tokenSecret: randomBytes(32).toString('base64url'), fieldKey: generateFieldKey() };
  writeFileSync(file, JSON.stringify(secrets), { mode: 0o600 });
  return secrets;
}
