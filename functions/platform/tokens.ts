import { SignJWT, jwtVerify } from 'jose';
import type { Config } from './config';
import type { Clock } from './clock';

/** The `iss` every token carries and every request requires. */
export const ISSUER = 'tayuan';

const key = (secret: string) => new TextEncoder().encode(secret);

/**
 * Tokens carry only the user id and the token version she had when signing in; the
 * role is read from the store on each request, and so is the version (sign-out-everywhere
 * bumps it, ending every earlier token). Signed with the current key only.
 */
export async function signToken(config: Config, clock: Clock, userId: string, version = 0): Promise<string> {
  const now = Math.floor(clock().getTime() / 1000);
  return new SignJWT({ ver: version })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(userId)
    .setIssuer(ISSUER)
    .setIssuedAt(now)
    .setExpirationTime(now + config.tokenTtlSeconds)
    .sign(key(config.tokenSecret));
}

export interface TokenClaims {
  userId: string;
  version: number;
}

/**
 * Verifies with the current key, then the previous one: during a rotation tokens
 * signed just before it stay valid until they expire, so rotation signs nobody out.
 * `exp`, `sub` and our `iss` are required; anything else is null (401).
 */
export async function verifyToken(config: Config, clock: Clock, token: string): Promise<TokenClaims | null> {
  const secrets = [config.tokenSecret, config.tokenSecretPrevious].filter((s): s is string => Boolean(s));
  for (const secret of secrets) {
    try {
      const { payload } = await jwtVerify(token, key(secret), {
        issuer: ISSUER,
        algorithms: ['HS256'],
        requiredClaims: ['exp', 'sub', 'iss'],
        currentDate: clock(),
      });
      if (typeof payload.sub !== 'string' || payload.sub === '') return null;
      const ver = payload.ver === undefined ? 0 : payload.ver;
      if (typeof ver !== 'number' || !Number.isInteger(ver)) return null;
      return { userId: payload.sub, version: ver };
    } catch {
      // Try the next key; a token no key verifies is refused below.
    }
  }
  return null;
}
