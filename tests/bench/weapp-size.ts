import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { kib, ROOT } from '../../scripts/package-functions';
import { warnIfStale } from './build-age';

const WEAPP = process.env.WEAPP_DIR ?? join(ROOT, 'dist/weapp');
/** The budget asserted in tests/unit/weapp-size.test.ts: 1.25× a bare Taro 4.2.1 React build (283 KiB). */
export const MAIN_BUDGET_KIB = 354;

export interface WeappSize {
  mainBytes: number;
  subpackages: Record<string, number>;
  totalBytes: number;
}

/** Main package = every file outside the subpackage roots, less licence files and project.config.json. */
export function weappSizes(dir: string): WeappSize | null {
  if (!existsSync(join(dir, 'app.json'))) return null;
  const app = JSON.parse(readFileSync(join(dir, 'app.json'), 'utf8')) as { subPackages?: { root: string }[] };
  const roots = (app.subPackages ?? []).map((s) => s.root.replace(/\/$/, ''));
  const subpackages: Record<string, number> = Object.fromEntries(roots.map((r) => [r, 0]));
  let mainBytes = 0;
  let totalBytes = 0;
  for (const file of filesUnder(dir)) {
    const rel = relative(dir, file).split('\\').join('/');
    if (rel.endsWith('.LICENSE.txt') || rel === 'project.config.json') continue;
    const size = statSync(file).size;
    totalBytes += size;
    const root = roots.find((r) => rel === r || rel.startsWith(r + '/'));
    if (root) subpackages[root] += size;
    else mainBytes += size;
  }
  return { mainBytes, subpackages, totalBytes };
}
/** WeChat's limits: 2 MB for the main package, 2 MB per subpackage, 20 MB in all. */
const LIMIT = 2 * 1024 * 1024;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** Prints the package sizes of the weapp build, and the main package against the bare app's when given. */
export function benchWeappSize(bare?: WeappSize | null): WeappSize | null {
  console.log(`\n## Mini-program package size (${relative(ROOT, WEAPP) || WEAPP})`);
  const sizes = weappSizes(WEAPP);
  if (!sizes) {
    console.log('   not built — run `npm run build:weapp` first');
    return null;
  }
  warnIfStale(join(WEAPP, 'app.json'));
  const main = sizes.mainBytes;
  const ratio = bare ? ` · ${(main / bare.mainBytes).toFixed(2)}× the bare Taro React app (${kib(bare.mainBytes)})` : '';
  console.log(`   ${'main package'.padEnd(20)} ${kib(main).padStart(11)}  budget ${MAIN_BUDGET_KIB} KiB${ratio} (${((main / LIMIT) * 100).toFixed(0)}% of WeChat's 2 MB limit)`);
  for (const [r, b] of Object.entries(sizes.subpackages)) console.log(`   ${r.padEnd(20)} ${kib(b).padStart(11)}`);
  console.log(`   ${'total'.padEnd(20)} ${kib(sizes.totalBytes).padStart(11)}`);
  return sizes;
}

if (require.main === module) benchWeappSize();
