import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import {
  CONSENT_KINDS,
  CURRENT_CONSENT_VERSIONS,
  type ConsentRequest,
  type LoginResponse,
  type MeResponse,
  type PreferencesRequest,
} from '../../shared/auth';
import type { Deps } from '../platform/deps';
import { AppError } from '../platform/errors';
import { signToken } from '../platform/tokens';
import { askerQuestionsPk } from '../platform/keys';
import { LIMITS, takeGlobalAllowance } from '../platform/limits';
import { bumpTokenVersion, findOrCreateByIdentity, recordConsent, setPreferences, type UserRecord } from '../platform/users.store';

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
    // A new account counts against the per-minute limit; signing in to an existing one does not.
    const limit = LIMITS.localSignupsPerMinute;
    user = await findOrCreateByIdentity(deps, 'local', handle, freshResident(deps), () =>
      takeGlobalAllowance(deps, limit, deps.config.localSignupsPerMinute),
    );
  } else {
    const session = await deps.wechat.code2Session(code);
    user = await findOrCreateByIdentity(deps, 'wx', session.openid, freshResident(deps, session.openid));
  }
  const token = await signToken(deps.config, deps.clock, user.id, user.tokenVersion ?? 0);
  return { token, user: { id: user.id, role: user.role, displayName: user.displayName } };
}

/** True once she has asked any question (one item read from her own questions index). */
async function hasAsked(deps: Deps, userId: string): Promise<boolean> {
  const r = await deps.db.doc.send(
    new QueryCommand({
      TableName: deps.db.table,
      IndexName: 'GSI1',
      KeyConditionExpression: 'GSI1PK = :pk',
      ExpressionAttributeValues: { ':pk': askerQuestionsPk(userId) },
      Limit: 1,
    }),
  );
  return (r.Items ?? []).length > 0;
}

/** Discreet mode is on by default once she has asked a question, unless she chose herself. */
async function discreetFor(deps: Deps, user: UserRecord): Promise<boolean> {
  const chosen = user.preferences?.discreet;
  if (chosen !== undefined) return chosen;
  return hasAsked(deps, user.id);
}

export const me = async (deps: Deps, user: UserRecord): Promise<MeResponse> => ({
  id: user.id,
  role: user.role,
  displayName: user.displayName,
  createdAt: user.createdAt,
  consents: Object.values(user.consents),
  preferences: { discreet: await discreetFor(deps, user) },
  consentsNeeded: CONSENT_KINDS.filter((kind) => user.consents[kind]?.version !== CURRENT_CONSENT_VERSIONS[kind]).map((kind) => ({
    kind,
    version: CURRENT_CONSENT_VERSIONS[kind],
  })),
  ...(user.communityId ? { communityId: user.communityId } : {}),
  ...(user.unitId ? { unitId: user.unitId } : {}),
});

export async function giveConsent(deps: Deps, user: UserRecord, input: ConsentRequest): Promise<MeResponse> {
  // Only the text the app shows now can be agreed to; an old or made-up version is refused.
  if (input.version !== CURRENT_CONSENT_VERSIONS[input.kind]) {
    throw new AppError('VALIDATION_FAILED', [{ path: 'version', message: '同意的内容已经更新，请重新阅读后再同意' }], undefined, {
      consent: { kind: input.kind, version: CURRENT_CONSENT_VERSIONS[input.kind] },
    });
  }
  const consent = { kind: input.kind, version: input.version, givenAt: deps.clock().toISOString() };
  await recordConsent(deps, user.id, consent);
  return me(deps, { ...user, consents: { ...user.consents, [consent.kind]: consent } });
}

export async function updatePreferences(deps: Deps, user: UserRecord, input: PreferencesRequest): Promise<MeResponse> {
  await setPreferences(deps, user.id, { discreet: input.discreet });
  return me(deps, { ...user, preferences: { ...user.preferences, discreet: input.discreet } });
}

/** Every token made before now stops working, this device's too (she signs in again). */
export async function signOutEverywhere(deps: Deps, user: UserRecord): Promise<void> {
  await bumpTokenVersion(deps, user.id);
}
