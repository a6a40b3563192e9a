import { PAGE_PATHS } from '../../../shared/pages';

/*
 * What the home shows, in a module without Taro: the page (index.tsx) renders it, and the H5
 * build writes the same words into index.html as the home's first screen
 * (first-screen.html.ts), so both say exactly the same thing.
 */

export const HOME_TITLE = '您好，这里是她援';
export const HOME_INTRO = '妇联和志愿律师为您提供免费帮助。';

export const SERVICES = [
  { key: 'qa', title: '法律问答', line: '婚姻、家暴、孩子、工作的法律问题，用大白话讲清楚', url: PAGE_PATHS.qa },
  { key: 'booking', title: '预约律师', line: '约志愿律师面对面、打电话或视频，免费咨询', url: PAGE_PATHS.slots },
  { key: 'jobs', title: '春风岗位', line: '找离家近、时间灵活的工作，报名后妇联帮您联系', url: PAGE_PATHS.jobs },
  { key: 'events', title: '普法活动', line: '社区里的普法讲座和法律咨询日，报名就能去，可以不留名', url: PAGE_PATHS.events },
] as const;

/** The go-on mark at the end of each service card. */
export const SERVICE_GO = '进入 ›';
