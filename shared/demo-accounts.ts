import type { Role } from './common';

/**
 * The seeded accounts of the local build: `local:<handle>` signs in to one (there is no
 * WeChat in a browser). The local seed writes them; 我的 lists them with `note`. No zod here:
 * the weapp main package imports this file.
 */
export interface DemoAccount {
  handle: string;
  id: string;
  role: Role;
  displayName: string;
  /** Who she is, in a few words, under her name on the sign-in list. */
  note: string;
  unitId?: string;
  communityId?: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { handle: 'resident', id: 'demo-resident', role: 'resident', displayName: '居民小林', note: '居民' },
  { handle: 'resident2', id: 'demo-resident2', role: 'resident', displayName: '居民小周', note: '居民' },
  { handle: 'volunteer', id: 'demo-volunteer', role: 'volunteer', displayName: '陈律师', note: '志愿律师' },
  { handle: 'volunteer2', id: 'demo-volunteer2', role: 'volunteer', displayName: '王调解员', note: '志愿调解员' },
  { handle: 'staff', id: 'demo-staff', role: 'staff', displayName: '省妇联 李老师', note: '省妇联工作人员', unitId: 'jiangxi' },
  { handle: 'staff-nanchang', id: 'demo-staff-nanchang', role: 'staff', displayName: '南昌市妇联 周老师', note: '市妇联工作人员', unitId: 'nanchang' },
  { handle: 'staff-donghu', id: 'demo-staff-donghu', role: 'staff', displayName: '东湖区妇联 吴老师', note: '区妇联工作人员', unitId: 'nanchang-donghu' },
  { handle: 'worker', id: 'demo-worker', role: 'worker', displayName: '滨江社区 刘姐', note: '社区妇联工作者', communityId: 'nc-donghu-1' },
  { handle: 'worker2', id: 'demo-worker2', role: 'worker', displayName: '顺化门社区 赵姐', note: '社区妇联工作者', communityId: 'nc-qingshanhu-2' },
];
