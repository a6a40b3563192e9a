import { inScope, unitById, type FederationUnit, type Place } from '../../shared/org';
import { AppError } from '../platform/errors';
import type { UserRecord } from '../platform/users.store';

/**
 * Staff act within their federation unit's region (shared/org.ts). What lies outside it is
 * either not found (reading it: its existence is not disclosed) or forbidden (changing
 * something she can see listed publicly, such as a posting).
 */
export function staffUnit(user: UserRecord): FederationUnit {
  const unit = unitById(user.unitId);
  if (!unit) throw new AppError('FORBIDDEN');
  return unit;
}

/** Reading staff-only data of a place outside her region: 404, as for anyone else's resource. */
export function assertCanSee(unit: FederationUnit, place: Place): void {
  if (!inScope(unit, place)) throw new AppError('NOT_FOUND');
}

/** Changing something outside her region: 403. */
export function assertCanEdit(unit: FederationUnit, place: Place): void {
  if (!inScope(unit, place)) throw new AppError('FORBIDDEN', undefined, '这不在您所在妇联的管辖范围内');
}

/** The place a fair belongs to: its city (fairs carry no district; district staff work through their city). */
export const fairPlace = (f: { city: string }): Place => ({ city: f.city });
