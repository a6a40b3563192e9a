import { PAGE_PATHS, isKnownPage, pageUrl } from '../../shared/pages';
import { TEMPLATES, renderTemplate, type TemplateName } from '../../functions/platform/notifications';

/** The pages client/app.config.ts declares, read through the real file. */
function declaredPages(): Set<string> {
  const g = globalThis as { defineAppConfig?: (c: unknown) => unknown };
  g.defineAppConfig = (c) => c;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require('../../client/app.config').default as {
    pages: string[];
    subPackages: { root: string; pages: string[] }[];
  };
  return new Set([
    ...config.pages.map((p) => `/${p}`),
    ...config.subPackages.flatMap((s) => s.pages.map((p) => `/${s.root}/${p}`)),
  ]);
}

describe('the shared table of page paths', () => {
  const pages = declaredPages();

  it('holds only pages declared in app.config.ts', () => {
    const missing = Object.values(PAGE_PATHS).filter((p) => !pages.has(p));
    expect(missing).toEqual([]);
  });

  it('gives every notification template a link to a declared page', () => {
    for (const name of Object.keys(TEMPLATES) as TemplateName[]) {
      const { link } = renderTemplate(name, { id: 'abc123' });
      expect([name, pages.has(link.split('?')[0])]).toEqual([name, true]);
    }
  });

  it('does not know the pages notifications used to point at', () => {
    expect(isKnownPage('/packages/booking/pages/mine/index')).toBe(false);
    expect(isKnownPage('/packages/volunteer/pages/apply/index')).toBe(false);
  });

  it('builds a url with an encoded query and leaves it bare without one', () => {
    expect(pageUrl('thread', { id: 'a b' })).toBe('/packages/qa/pages/thread/index?id=a%20b');
    expect(pageUrl('me')).toBe('/pages/me/index');
  });
});
