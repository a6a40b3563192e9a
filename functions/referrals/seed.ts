import type { Deps } from '../platform/deps';
import { putMember } from './referrals.store';
import { communityOrg, unitOrg } from './referrals.service';

/**
 * Who belongs where, for telling people without a Scan: staff under their federation unit,
 * community workers under their community. Demo accounts are assigned here (the district
 * staff's approval of a worker is this same membership write).
 */
export async function seedReferrals(deps: Deps, accounts: readonly { id: string; unitId?: string; communityId?: string }[]): Promise<void> {
  for (const a of accounts) {
    if (a.unitId) await putMember(deps, unitOrg(a.unitId), a.id);
    if (a.communityId) await putMember(deps, communityOrg(a.communityId), a.id);
  }
}
