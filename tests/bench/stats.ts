/** Percentiles over a sample, nearest-rank. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

/** Rounded to two decimals, as the JSON figures carry ratios and milliseconds. */
export const round2 = (n: number) => Math.round(n * 100) / 100;

export const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 1)} ms`;

/** The middle value (the mean of the two middle ones for an even count). */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
