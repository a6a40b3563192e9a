/*
 * The home's first screen in the H5 build: index.html carries a copy of the home as plain
 * HTML (pages/index/first-screen.html.ts writes it at build time), shown over the page while
 * the app's scripts load and run on a slow phone. The first page the app draws takes it away.
 */

export const FIRST_SCREEN_ID = 'first-screen';

/** Takes the HTML first screen away, once a page of the app is on screen (H5; no-op elsewhere). */
export function dropFirstScreen(): void {
  if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return;
  document.getElementById(FIRST_SCREEN_ID)?.remove();
}
