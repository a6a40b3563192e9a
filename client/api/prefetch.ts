import type { JobPage } from '../../shared/jobs';
import { jobsMain } from './main';
import { readToken } from './session';

/**
 * The 岗位 tab's first page (no filters, no cursor), asked for before she taps the tab:
 * the home page starts it once its first screen is up (H5), so the list is there when the
 * tab opens instead of after the tab's code has loaded and run (slow-phone bench, README
 * perf). The answer is used once, within a minute, by the same sign-in; anything else asks
 * the server again.
 */
const FRESH_MS = 60_000;

let early: { at: number; token: string | null; page: Promise<JobPage> } | null = null;

export function prefetchFirstJobs(): void {
  if (early && Date.now() - early.at < FRESH_MS) return;
  const page = jobsMain.list({});
  // Nobody may be waiting on it yet; a failure is handled by whoever takes it.
  page.catch(() => undefined);
  early = { at: Date.now(), token: readToken(), page };
}

/** The early first page, once; null when there is none, it is stale or the sign-in changed. */
export function takeFirstJobs(): Promise<JobPage> | null {
  const taken = early;
  early = null;
  if (!taken || Date.now() - taken.at >= FRESH_MS || taken.token !== readToken()) return null;
  return taken.page;
}
