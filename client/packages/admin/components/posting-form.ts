import type { CityId, JobCategory, JobPosting, JobTag, SalaryUnit } from '../../../../shared/jobs';
import { beijingDayOf } from '../../../../shared/beijing';

/** The posting form's model: what the fields hold, their Chinese names, and the request it makes. */
export interface Form {
  title: string;
  employerName: string;
  womenLed: boolean;
  verified: boolean;
  city: CityId;
  district: string;
  address: string;
  category: JobCategory;
  min: string;
  max: string;
  unit: SalaryUnit;
  headcount: string;
  duties: string;
  requirements: string;
  tags: JobTag[];
  /** Beijing day, YYYY-MM-DD; the posting closes at the end of it. */
  expiresOn: string;
}

export const LABELS = {
  title: '岗位名称',
  employer: '单位名称',
  city: '城市',
  district: '区县',
  address: '工作地址',
  category: '工种',
  salary: '工资',
  headcount: '招聘人数',
  duties: '工作内容',
  requirements: '任职要求',
  tags: '福利',
  expiresAt: '截止日期',
};

export const empty = (): Form => ({
  title: '',
  employerName: '',
  womenLed: false,
  verified: false,
  city: 'nanchang',
  district: '',
  address: '',
  category: 'housekeeping',
  min: '',
  max: '',
  unit: 'month',
  headcount: '1',
  duties: '',
  requirements: '',
  tags: [],
  expiresOn: beijingDayOf(new Date(Date.now() + 30 * 86_400_000).toISOString()),
});

export const fromPosting = (p: JobPosting): Form => ({
  title: p.title,
  employerName: p.employer.name,
  womenLed: p.employer.womenLed,
  verified: p.employer.verified,
  city: p.city,
  district: p.district,
  address: p.address,
  category: p.category,
  min: String(p.salary.min),
  max: String(p.salary.max),
  unit: p.salary.unit,
  headcount: String(p.headcount),
  duties: p.duties,
  requirements: p.requirements,
  tags: [...p.tags],
  expiresOn: beijingDayOf(p.expiresAt),
});

const toNumber = (s: string) => (s.trim() === '' ? Number.NaN : Number(s));

export const toRequest = (f: Form) => ({
  title: f.title,
  employer: { name: f.employerName, verified: f.verified, womenLed: f.womenLed },
  city: f.city,
  district: f.district,
  address: f.address,
  category: f.category,
  salary: { min: toNumber(f.min), max: toNumber(f.max), unit: f.unit },
  headcount: toNumber(f.headcount),
  duties: f.duties,
  requirements: f.requirements,
  tags: f.tags,
  expiresAt: `${f.expiresOn}T23:59:59+08:00`,
});
