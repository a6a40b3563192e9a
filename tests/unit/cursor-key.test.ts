import { createHmac } from 'node:crypto';
import { decodeCursor, encodeCursor } from '../../functions/platform/cursor';

/** Paging cursors are signed with their own key, never the token key (issue 9). */
describe('cursor signing key', () => {
  const saved = { cursor: process.env.CURSOR_SECRET, token: process.env.TOKEN_SECRET };
  beforeEach(() => {
    process.env.CURSOR_SECRET = 'cursor-key-for-this-test';
    process.env.TOKEN_SECRET = 'token-key-for-this-test';
  });
  const restore = (name: string, value: string | undefined) => {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  };
  afterAll(() => {
    restore('CURSOR_SECRET', saved.cursor);
    restore('TOKEN_SECRET', saved.token);
  });

  it('reads back a cursor it signed', () => {
    const key = { PK: 'USER#a', SK: 'NOTE#1' };
    expect(decodeCursor(encodeCursor(key) ?? undefined)).toEqual(key);
  });

  it('refuses a cursor signed with the token key', () => {
    const payload = Buffer.from(JSON.stringify({ PK: 'USER#b', SK: 'NOTE#1' })).toString('base64url');
    const mac = createHmac('sha256', 'token-key-for-this-test').update(payload).digest('base64url').slice(0, 16);
    expect(() => decodeCursor(`${payload}.${mac}`)).toThrow('VALIDATION_FAILED');
  });

  it('fails closed without its key', () => {
    delete process.env.CURSOR_SECRET;
    expect(() => encodeCursor({ PK: 'x' })).toThrow('Missing configuration CURSOR_SECRET');
  });
});
