import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/**
 * The weapp main package (the build minus every subpackage root named in app.json) is what a
 * resident downloads before the first screen. Budget: 354 KiB, 1.25× a bare Taro 4.2.1 React
 * build (283 KiB). WeChat's own hard limit is 2 MiB. WEAPP_DIR points at another build.
 */
const WEAPP = resolve(process.env.WEAPP_DIR ?? resolve(__dirname, '../../dist/weapp'));
const BUDGET = 354 * 1024;
const LIMIT = 2 * 1024 * 1024;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

function mainPackage(): string[] {
  if (!existsSync(join(WEAPP, 'app.json'))) {
    throw new Error(`No weapp build at ${WEAPP}: run \`npm run build:weapp\` first.`);
  }
  const app = JSON.parse(readFileSync(join(WEAPP, 'app.json'), 'utf8')) as { subPackages?: { root: string }[] };
  const roots = (app.subPackages ?? []).map((p) => p.root.replace(/\/?$/, '/'));
  expect(roots.length).toBeGreaterThan(0);
  return files(WEAPP).filter((f) => {
    const rel = relative(WEAPP, f).split('\\').join('/');
    return !roots.some((root) => rel.startsWith(root)) && !rel.endsWith('.LICENSE.txt') && rel !== 'project.config.json';
  });
}

describe('weapp main package', () => {
  it('stays within 354 KiB (1.25× a bare Taro React build)', () => {
    const main = mainPackage();
    const bytes = main.reduce((sum, f) => sum + statSync(f).size, 0);
    expect(main.some((f) => f.endsWith('app.js'))).toBe(true);
    expect(bytes).toBeLessThan(LIMIT);
    // Over budget? `PERF_STATS=/tmp/stats.json npm run build:weapp` lists what each chunk holds.
    expect(Math.round((bytes / 1024) * 10) / 10).toBeLessThanOrEqual(BUDGET / 1024);
  });

  it('carries no schema library: zod loads with the subpackages that validate responses', () => {
    const withZod = mainPackage()
      .filter((f) => f.endsWith('.js'))
      .filter((f) => /\$ZodType|ZodError|_zod\.def/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(WEAPP, f));
    expect(withZod).toEqual([]);
  });
});
