import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { JIANGXI_CITIES, JOB_CATEGORIES, JOB_TAGS, type CityId, type JobCategory, type JobTag } from '../../../shared/jobs.labels';
import type { JobFilters } from '../../api/main';
import './index.scss';

export const SALARY_OPTIONS = [2000, 3000, 4000, 5000, 6000] as const;

type Panel = 'city' | 'category' | 'salary' | 'tag';
interface Option {
  id: string;
  label: string;
}

const PANELS: Record<Panel, { all: string; options: readonly Option[] }> = {
  city: { all: '全部城市', options: JIANGXI_CITIES },
  category: { all: '全部工种', options: JOB_CATEGORIES },
  salary: { all: '工资不限', options: SALARY_OPTIONS.map((n) => ({ id: String(n), label: `${n} 元/月以上` })) },
  tag: { all: '福利不限', options: JOB_TAGS },
};

function currentId(filters: JobFilters, panel: Panel): string | undefined {
  if (panel === 'salary') return filters.salaryMin === undefined ? undefined : String(filters.salaryMin);
  return filters[panel];
}

function withChoice(filters: JobFilters, panel: Panel, id: string | undefined): JobFilters {
  const next: JobFilters = { ...filters };
  if (panel === 'city') next.city = id as CityId | undefined;
  if (panel === 'category') next.category = id as JobCategory | undefined;
  if (panel === 'tag') next.tag = id as JobTag | undefined;
  if (panel === 'salary') next.salaryMin = id === undefined ? undefined : Number(id);
  return next;
}

/** Four buttons; each opens a panel of big choices. One choice per filter, as the API takes. */
export default function FilterBar({ filters, onChange }: { filters: JobFilters; onChange: (f: JobFilters) => void }) {
  const [open, setOpen] = useState<Panel | null>(null);

  const labelOf = (panel: Panel) => {
    const id = currentId(filters, panel);
    const found = PANELS[panel].options.find((o) => o.id === id);
    return found ? found.label : PANELS[panel].all;
  };

  const choose = (panel: Panel, id: string | undefined) => {
    setOpen(null);
    onChange(withChoice(filters, panel, id));
  };

  return (
    <View className='filter-bar'>
      <View className='filter-bar__buttons'>
        {(Object.keys(PANELS) as Panel[]).map((panel) => (
          <View
            key={panel}
            role='button'
            aria-expanded={open === panel}
            className={`filter-bar__button ${currentId(filters, panel) !== undefined ? 'is-set' : ''}`}
            onClick={() => setOpen(open === panel ? null : panel)}
          >
            <Text className='filter-bar__button-text'>{labelOf(panel)}</Text>
            <Text> ▾</Text>
          </View>
        ))}
      </View>
      {open && (
        <View className='filter-bar__panel' role='listbox'>
          {[{ id: '', label: PANELS[open].all }, ...PANELS[open].options].map((o) => {
            const selected = (currentId(filters, open) ?? '') === o.id;
            return (
              <View
                key={o.id || 'all'}
                role='option'
                aria-selected={selected}
                className={`filter-bar__option ${selected ? 'is-selected' : ''}`}
                onClick={() => choose(open, o.id || undefined)}
              >
                {o.label}
              </View>
            );
          })}
        </View>
      )}
    </View>
  );
}
