/*
 * The help numbers of the help strip, in a module without Taro: the strip (index.tsx) and the
 * home's first screen that the H5 build writes into index.html (pages/index/first-screen.html.ts)
 * show the same ones.
 */
export const HELP_LINES = [
  { number: '110', name: '报警', note: '有危险，马上打' },
  { number: '12338', name: '妇女维权热线', note: '咨询、求助、投诉' },
] as const;

export const HELP_OPEN = '求助电话';
export const HELP_CLOSE = '收起电话';
export const QUICK_EXIT = '快速离开';

/** The spoken name of a help line's button. */
export const helpLineLabel = (line: (typeof HELP_LINES)[number]): string => `拨打 ${line.number} ${line.name}`;
