import type { CityId } from './jobs';
import communities from '../content/communities.json';

/**
 * The federation's organisation: units (省 / 市 / 区县 妇联) that staff belong to, and the
 * communities (社区 / 村) that community workers belong to. A unit's region decides what its
 * staff see: a province unit sees everything, a city unit its city, a district unit its district.
 */

export type UnitLevel = 'province' | 'city' | 'district';

export interface FederationUnit {
  id: string;
  name: string;
  level: UnitLevel;
  /** Set for city and district units. */
  city?: CityId;
  /** Set for district units (the district's Chinese name, as postings carry it). */
  district?: string;
}

export interface Community {
  id: string;
  name: string;
  city: CityId;
  district: string;
}

/** A place something belongs to: a posting, a fair, a referral, a statistic. */
export interface Place {
  city?: string | null;
  district?: string | null;
}

export const UNITS: readonly FederationUnit[] = [
  { id: 'jiangxi', name: '江西省妇联', level: 'province' },
  { id: 'nanchang', name: '南昌市妇联', level: 'city', city: 'nanchang' },
  { id: 'ganzhou', name: '赣州市妇联', level: 'city', city: 'ganzhou' },
  { id: 'jiujiang', name: '九江市妇联', level: 'city', city: 'jiujiang' },
  { id: 'nanchang-donghu', name: '东湖区妇联', level: 'district', city: 'nanchang', district: '东湖区' },
  { id: 'nanchang-qingshanhu', name: '青山湖区妇联', level: 'district', city: 'nanchang', district: '青山湖区' },
  { id: 'ganzhou-zhanggong', name: '章贡区妇联', level: 'district', city: 'ganzhou', district: '章贡区' },
] as const;

export const UNIT_LEVEL_LABELS: Record<UnitLevel, string> = { province: '省', city: '市', district: '区/县' };

export const COMMUNITIES: readonly Community[] = communities as Community[];

export const unitById = (id: string | undefined | null): FederationUnit | undefined => UNITS.find((u) => u.id === id);
export const communityById = (id: string | undefined | null): Community | undefined => COMMUNITIES.find((c) => c.id === id);

/** Whether a unit's staff may see or act on something at this place. */
export function inScope(unit: FederationUnit, place: Place): boolean {
  if (unit.level === 'province') return true;
  if (place.city !== unit.city) return false;
  return unit.level === 'city' || place.district === unit.district;
}
