import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { generateKeyPairSync } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');
/** The weapp build under test: dist/weapp (npm test builds it first) or WEAPP_DIR. */
export const WEAPP = resolve(process.env.WEAPP_DIR ?? join(ROOT, 'dist/weapp'));

export interface AppJson {
  pages: string[];
  subPackages?: { root: string; pages: string[] }[];
  tabBar?: { list: { pagePath: string }[] };
  lazyCodeLoading?: string;
}

export function readAppJson(): AppJson {
  if (!existsSync(join(WEAPP, 'app.json'))) throw new Error(`No weapp build at ${WEAPP}: run \`npm run build:weapp\` first.`);
  return JSON.parse(readFileSync(join(WEAPP, 'app.json'), 'utf8')) as AppJson;
}

/** Every page path of app.json, main package first. */
export function allPages(app = readAppJson()): string[] {
  return [...app.pages, ...(app.subPackages ?? []).flatMap((p) => p.pages.map((page) => `${p.root.replace(/\/$/, '')}/${page}`))];
}

/**
 * A copy of the build as the devtools would open it: project.config.json at its root (the repo's
 * settings, miniprogramRoot emptied), plus a throwaway private key so nothing asks the network.
 */
export function devtoolsProject(): { dir: string; keyPath: string } {
  const dir = mkdtempSync(join(tmpdir(), 'weapp-ci-'));
  cpSync(WEAPP, dir, { recursive: true });
  const config = JSON.parse(readFileSync(join(ROOT, 'project.config.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(join(dir, 'project.config.json'), JSON.stringify({ ...config, miniprogramRoot: '' }));
  const keyPath = join(mkdtempSync(join(tmpdir(), 'weapp-key-')), 'private.key');
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
  writeFileSync(keyPath, privateKey.export({ type: 'pkcs1', format: 'pem' }));
  return { dir, keyPath };
}
