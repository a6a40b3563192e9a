import type { Context } from 'koa';
import type { Role } from '../../shared/common';
import type { Deps } from './deps';
import { AppError } from './errors';
import { verifyToken } from './tokens';
import { getUser, type UserRecord } from './users.store';

/**
 * The signed-in caller, or null. A present but bad token is 401, never anonymous; so is
 * a token made before her last sign-out-everywhere (its version is behind the user's)
 * and a token of an erased account (no user item).
 */
export async function optionalCaller(ctx: Context, deps: Deps): Promise<UserRecord | null> {
  const header = ctx.get('authorization');
  if (!header) return null;
  const m = /^Bearer\s+(\S+)$/i.exec(header);
  if (!m) throw new AppError('UNAUTHENTICATED');
  const claims = await verifyToken(deps.config, deps.clock, m[1]);
  if (!claims) throw new AppError('UNAUTHENTICATED');
  const user = await getUser(deps, claims.userId);
  if (!user || claims.version !== (user.tokenVersion ?? 0)) throw new AppError('UNAUTHENTICATED');
  return user;
}

export async function requireCaller(ctx: Context, deps: Deps): Promise<UserRecord> {
  const user = await optionalCaller(ctx, deps);
  if (!user) throw new AppError('UNAUTHENTICATED');
  return user;
}

/** The caller must hold one of the roles; the role is read from the store, not the token. */
export async function requireRole(ctx: Context, deps: Deps, ...roles: Role[]): Promise<UserRecord> {
  const user = await requireCaller(ctx, deps);
  if (!roles.includes(user.role)) throw new AppError('FORBIDDEN');
  return user;
}
