import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from '../../scripts/package-functions';

const run = promisify(execFile);

/**
 * The yardstick app: the smallest Taro 4 React app (one page, one line of text), built with
 * this project's own toolchain (node_modules), babel config, package.json and config/ in a
 * temporary directory. Its first screen is what the H5 bench divides by; its weapp main
 * package is what the size budget (1.25×) is measured against.
 */
export function writeBareApp(dir = mkdtempSync(join(tmpdir(), 'perf-bare-'))): string {
  for (const f of ['package.json', 'babel.config.js', 'tsconfig.json', 'project.config.json']) cpSync(join(ROOT, f), join(dir, f));
  cpSync(join(ROOT, 'config'), join(dir, 'config'), { recursive: true });
  if (!existsSync(join(dir, 'node_modules'))) symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  mkdirSync(join(dir, 'client/pages/index'), { recursive: true });
  cpSync(join(ROOT, 'client/index.html'), join(dir, 'client/index.html'));
  const files: Record<string, string> = {
    'client/app.ts': "import type { PropsWithChildren } from 'react';\nimport './app.scss';\n\nexport default function App({ children }: PropsWithChildren) {\n  return children;\n}\n",
    'client/app.scss': '',
    'client/app.config.ts': "export default defineAppConfig({ pages: ['pages/index/index'], window: { navigationBarTitleText: 'bare' } });\n",
    'client/pages/index/index.config.ts': "export default definePageConfig({ navigationBarTitleText: 'bare' });\n",
    'client/pages/index/index.tsx':
      "import { Text, View } from '@tarojs/components';\n\nexport default function Index() {\n  return (\n    <View className='bare'>\n      <Text>Hello world</Text>\n    </View>\n  );\n}\n",
  };
  for (const [rel, text] of Object.entries(files)) writeFileSync(join(dir, rel), text);
  return dir;
}

/** `taro build --type <type>` of a source dir into outDir (production, as the real builds). */
export async function taroBuild(srcDir: string, type: 'h5' | 'weapp', outDir: string, env: NodeJS.ProcessEnv = {}): Promise<void> {
  await run(join(ROOT, 'node_modules/.bin/taro'), ['build', '--type', type], {
    cwd: srcDir,
    env: { ...process.env, NODE_ENV: 'production', TARO_OUTPUT_DIR: outDir, ...env },
    maxBuffer: 64 * 1024 * 1024,
    timeout: 300_000,
  });
}
