import { PAGE_PATHS } from '../../shared/pages';

/** The pages client/app.config.ts declares, read through the real file. */
function declaredPages(): string[] {
  const g = globalThis as { defineAppConfig?: (c: unknown) => unknown };
  g.defineAppConfig = (c) => c;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require('../../client/app.config').default as {
    pages: string[];
    subPackages: { root: string; pages: string[] }[];
  };
  return [...config.pages.map((p) => `/${p}`), ...config.subPackages.flatMap((s) => s.pages.map((p) => `/${s.root}/${p}`))];
}

describe('the shared page table used by openPage', () => {
  it('holds every page app.config.ts declares, so openPage never refuses a real page', () => {
    const known = new Set<string>(Object.values(PAGE_PATHS));
    expect(declaredPages().filter((p) => !known.has(p))).toEqual([]);
  });
});
