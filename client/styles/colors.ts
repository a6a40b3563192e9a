/**
 * The few colours script code must pass to native dialogs (Taro.showModal's confirmColor),
 * which cannot read Sass variables. They mirror client/styles/tokens.scss;
 * tests/unit/style-tokens.test.ts fails when the two disagree.
 */
export const COLORS = {
  brand: '#b4235a',
  muted: '#4a4a4a',
} as const;
