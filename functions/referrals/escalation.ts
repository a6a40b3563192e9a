import { UNITS } from '../../shared/org';
import type { Deps } from '../platform/deps';
import { logger } from '../platform/logger';
import { listMembers, markEscalated, putOverdue, queryDue } from './referrals.store';
import { countReferral, tell, unitOrg } from './referrals.service';

/** The staff to tell about a district's missed deadline: the district unit's, else its city's. */
async function staffFor(deps: Deps, city: string, district: string): Promise<string[]> {
  const districtUnit = UNITS.find((u) => u.level === 'district' && u.city === city && u.district === district);
  const own = districtUnit ? await listMembers(deps, unitOrg(districtUnit.id)) : [];
  if (own.length) return own;
  const cityUnit = UNITS.find((u) => u.level === 'city' && u.city === city);
  return cityUnit ? listMembers(deps, unitOrg(cityUnit.id)) : [];
}

/**
 * Escalates every missed deadline (first contact: 24 h urgent / 72 h normal; then each
 * follow-up's nextVisitAt) to the district's staff, once. Run by the same scheduled job as
 * the booking reminders. Each escalation is claimed by one conditional update that takes
 * the referral out of the due index, so a second run, or two runs at once, never repeat it.
 */
export async function runReferralEscalation(deps: Deps): Promise<{ escalated: number }> {
  const now = deps.clock().toISOString();
  let escalated = 0;
  for (const due of await queryDue(deps, now)) {
    try {
      const won = await markEscalated(deps, due, now);
      if (!won) continue;
      escalated++;
      await putOverdue(deps, won, now);
      await countReferral(deps, won, { referralsOverdue: 1 });
      if (won.city && won.district) await tell(deps, await staffFor(deps, won.city, won.district), 'referral-overdue', won.id);
    } catch (e) {
      logger.warn('referral escalation failed', { fn: 'referrals', errorName: (e as Error).name });
    }
  }
  logger.info('referral escalation run', { fn: 'referrals', count: escalated });
  return { escalated };
}
