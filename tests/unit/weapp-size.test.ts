import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/**
 * WeChat refuses to upload a main package over 2 MiB. The main package is the
 * weapp build minus every subpackage root named in app.json.
 */
const WEAPP = resolve(__dirname, '../../dist/weapp');
const LIMIT = 2 * 1024 * 1024;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe('weapp package size', () => {
  it('keeps the main package under 2 MiB', () => {
    if (!existsSync(join(WEAPP, 'app.json'))) {
      throw new Error(`No weapp build at ${WEAPP}: run \`npm run build:weapp\` first.`);
    }
    const app = JSON.parse(readFileSync(join(WEAPP, 'app.json'), 'utf8')) as { subPackages?: { root: string }[] };
    const roots = (app.subPackages ?? []).map((p) => p.root.replace(/\/?$/, '/'));
    expect(roots.length).toBeGreaterThan(0);

    const main = files(WEAPP).filter((f) => {
      const rel = relative(WEAPP, f).split('\\').join('/');
      return !roots.some((root) => rel.startsWith(root)) && !rel.endsWith('.LICENSE.txt') && rel !== 'project.config.json';
    });
    const bytes = main.reduce((sum, f) => sum + statSync(f).size, 0);

    expect(main.some((f) => f.endsWith('app.js'))).toBe(true);
    expect(bytes).toBeLessThan(LIMIT);
  });
});
