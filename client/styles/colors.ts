/**
 * The few colours script code must pass to native dialogs (Taro.showModal's confirmColor),
 * which cannot read Sass variables. They mirror client/styles/tokens.scss;
 * tests/unit/style-tokens.test.ts fails when the two disagree.
 */
export const COLORS = {
  brand: '#b4235a',
  muted: '#4a4a4a',
  // Chart series (staff statistics, drawn on a canvas that cannot read Sass).
  'brand-dark': '#8a1538',
  info: '#23364d',
  ok: '#1d6b35',
  warn: '#8a5a00',
  faint: '#666666',
} as const;
