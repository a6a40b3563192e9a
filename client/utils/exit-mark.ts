/*
 * What 快速离开 leaves behind, in a module without Taro so the build can put the same values
 * into the home's first screen (pages/index/first-screen.html.ts), which works before the app
 * has loaded. The key and value say nothing about what they are for.
 */

/** The title a browser tab or WeChat title bar shows wherever it should not say what the app is. */
export const NEUTRAL_TITLE = '生活小贴士';

/** sessionStorage mark of a tab she left with 快速离开 (see guardAfterQuickExit in nav.ts). */
export const EXIT_KEY = 'tips.view';
export const EXIT_VALUE = 'daily';
