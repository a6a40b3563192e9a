import { COMMUNITIES } from '../../../../shared/org';
import type { ChipOption } from '../../../components/Chips';
import { placeLabel } from '../../../utils/format';

/**
 * Every community as a chip, grouped by district, so she finds hers without typing an address
 * (her consent to a referral, a worker's registration).
 */
export function communitiesByDistrict(): { place: string; options: ChipOption<string>[] }[] {
  const groups = new Map<string, ChipOption<string>[]>();
  for (const c of COMMUNITIES) {
    const key = placeLabel(c.city, c.district);
    groups.set(key, [...(groups.get(key) ?? []), { id: c.id, label: c.name }]);
  }
  return [...groups.entries()].map(([place, options]) => ({ place, options }));
}
