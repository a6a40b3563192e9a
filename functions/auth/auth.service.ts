import type { LoginResponse, MeResponse, ConsentRequest } from '../../shared/auth';
import type { Deps } from '../platform/deps';
import { AppError } from '../platform/errors';
import { signToken } from '../platform/tokens';
import { findOrCreateByIdentity, recordConsent, type UserRecord } from '../platform/users.store';

const LOCAL_PREFIX = 'local:';
const HANDLE = /^[a-z0-9_-]{1,32}$/;

/** A resident's shown name says nothing about her; she never has to give a real name to ask. */
const anonymousName = (id: string) => `居民${id.slice(-4).toUpperCase()}`;

function freshResident(deps: Deps, openid?: string): UserRecord {
  const id = deps.ids();
  return {
    id,
    role: 'resident',
    displayName: anonymousName(id),
    createdAt: deps.clock().toISOString(),
    consents: {},
    openid,
  };
}

export async function login(deps: Deps, code: string): Promise<LoginResponse> {
  let user: UserRecord;
  if (code.startsWith(LOCAL_PREFIX)) {
    // Local sign-in exists only when AUTH_MODE=local is set explicitly (local runs and tests).
    if (deps.config.authMode !== 'local') throw new AppError('LOGIN_FAILED');
    const handle = code.slice(LOCAL_PREFIX.length);
    if (!HANDLE.test(handle)) throw new AppError('VALIDATION_FAILED', [{ path: 'code', message: '账号格式不对' }]);
    user = await findOrCreateByIdentity(deps, 'local', handle, freshResident(deps));
  } else {
    const session = await deps.wechat.code2Session(code);
    user = await findOrCreateByIdentity(deps, 'wx', session.openid, freshResident(deps, session.openid));
  }
  const token = await signToken(deps.config, deps.clock, user.id);
  return { token, user: { id: user.id, role: user.role, displayName: user.displayName } };
}

export const toMe = (user: UserRecord): MeResponse => ({
  id: user.id,
  role: user.role,
  displayName: user.displayName,
  createdAt: user.createdAt,
  consents: Object.values(user.consents),
  ...(user.communityId ? { communityId: user.communityId } : {}),
});

export async function giveConsent(deps: Deps, user: UserRecord, input: ConsentRequest): Promise<MeResponse> {
  const consent = { kind: input.kind, version: input.version, givenAt: deps.clock().toISOString() };
  await recordConsent(deps, user.id, consent);
  return toMe({ ...user, consents: { ...user.consents, [consent.kind]: consent } });
}
