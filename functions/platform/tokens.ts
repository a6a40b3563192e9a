import { SignJWT, jwtVerify } from 'jose';
import type { Config } from './config';
import type { Clock } from './clock';

const ISSUER = 'taiyuan';

/** Tokens carry only the user id; the role is read from the store on each request. */
export async function signToken(config: Config, clock: Clock, userId: string): Promise<string> {
  const now = Math.floor(clock().getTime() / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(userId)
    .setIssuer(ISSUER)
    .setIssuedAt(now)
    .setExpirationTime(now + config.tokenTtlSeconds)
    .sign(new TextEncoder().encode(config.tokenSecret));
}

export async function verifyToken(config: Config, clock: Clock, token: string): Promise<string | null> {
  try {
    const { payload } = await jwtVerify(token, new TextEncoder().encode(config.tokenSecret), {
      issuer: ISSUER,
      algorithms: ['HS256'],
      currentDate: clock(),
    });
    return typeof payload.sub === 'string' ? payload.sub : null;
  } catch {
    return null;
  }
}
