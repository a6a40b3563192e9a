import { prefetchFirstJobs } from '../../api/prefetch';

/**
 * H5: once the home's first screen is up and the phone is idle, load the 岗位 tab's code and
 * ask for its first page of postings, so a tap on 岗位 shows postings without waiting on the
 * network twice (chunk, then data; slow-phone bench, README perf). Weapp has the tab pages in
 * the main package already; its build drops this branch (TARO_ENV is a build-time constant).
 * Returns a cancel for an unmount before it ran.
 */
export function prefetchJobsTab(): () => void {
  if (process.env.TARO_ENV === 'h5' && typeof window !== 'undefined') {
    const run = () => {
      prefetchFirstJobs();
      import('../jobs/index').catch(() => undefined);
    };
    if (typeof window.requestIdleCallback === 'function') {
      const id = window.requestIdleCallback(run, { timeout: 1000 });
      return () => window.cancelIdleCallback(id);
    }
    const timer = setTimeout(run, 200);
    return () => clearTimeout(timer);
  }
  return () => undefined;
}
