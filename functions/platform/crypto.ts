import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Per-field AES-256-GCM. Stored form: `enc:v1:<iv>.<tag>.<ciphertext>` (base64url),
 * so a raw item never holds the plain text and tampering is detected on read.
 */
export interface FieldCipher {
  encrypt(plain: string): string;
  decrypt(stored: string): string;
}

const PREFIX = 'enc:v1:';

export function createFieldCipher(keyBase64: string): FieldCipher {
  const key = Buffer.from(keyBase64, 'base64');
  if (key.length !== 32) throw new Error('FIELD_KEY must be 32 bytes, base64-encoded');
  return {
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      const tag = cipher.getAuthTag();
      return PREFIX + [iv, tag, body].map((b) => b.toString('base64url')).join('.');
    },
    decrypt(stored) {
      if (!stored.startsWith(PREFIX)) throw new Error('Field is not encrypted');
      const [iv, tag, body] = stored.slice(PREFIX.length).split('.').map((p) => Buffer.from(p, 'base64url'));
      const decipher = createDecipheriv('aes-256-gcm', key, iv);
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
    },
  };
}

export const generateFieldKey = (): string => randomBytes(32).toString('base64');
