import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { kib, ROOT } from '../../scripts/package-functions';

const WEAPP = join(ROOT, 'dist/weapp');
/** WeChat's limits: 2 MB for the main package, 2 MB per subpackage, 20 MB in all. */
const LIMIT = 2 * 1024 * 1024;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** Main package = everything in dist/weapp outside the subpackage roots named in app.json. */
export function benchWeappSize(): void {
  console.log('\n## Mini-program package size (dist/weapp)');
  if (!existsSync(join(WEAPP, 'app.json'))) {
    console.log('   not built — run `npm run build:weapp` first');
    return;
  }
  const app = JSON.parse(readFileSync(join(WEAPP, 'app.json'), 'utf8')) as {
    subPackages?: { root: string }[];
    subpackages?: { root: string }[];
  };
  const roots = (app.subPackages ?? app.subpackages ?? []).map((s) => s.root.replace(/\/$/, ''));
  const sizes = new Map<string, number>([['(main)', 0], ...roots.map((r) => [r, 0] as [string, number])]);
  for (const file of filesUnder(WEAPP)) {
    const rel = relative(WEAPP, file).split('\\').join('/');
    const root = roots.find((r) => rel === r || rel.startsWith(r + '/')) ?? '(main)';
    sizes.set(root, (sizes.get(root) ?? 0) + statSync(file).size);
  }
  const main = sizes.get('(main)') ?? 0;
  console.log(`   ${'main package'.padEnd(20)} ${kib(main).padStart(11)}  (${((main / LIMIT) * 100).toFixed(0)}% of WeChat's 2 MB limit)`);
  for (const r of roots) console.log(`   ${r.padEnd(20)} ${kib(sizes.get(r) ?? 0).padStart(11)}`);
  const total = [...sizes.values()].reduce((a, b) => a + b, 0);
  console.log(`   ${'total'.padEnd(20)} ${kib(total).padStart(11)}`);
}

if (require.main === module) benchWeappSize();
