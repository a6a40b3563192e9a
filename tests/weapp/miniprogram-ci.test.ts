import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { allPages, devtoolsProject, readAppJson } from './helpers';

const run = promisify(execFile);

/**
 * WeChat's own CI tool, offline: its code-quality checks (package size, JS/WXML/WXSS
 * compression, lazy code loading, unused files) and its compiler, on the weapp build.
 * The project attributes come from the tool's defaults instead of WeChat's servers.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ci = require('miniprogram-ci') as typeof import('miniprogram-ci');

jest.setTimeout(120_000);

function project() {
  const { dir, keyPath } = devtoolsProject();
  const p = new ci.Project({ appid: 'wx0000000000000000', type: 'miniProgram', projectPath: dir, privateKeyPath: keyPath, ignores: [] });
  p.attr = async () => ci.DefaultProjectAttr;
  return p;
}

describe('miniprogram-ci on the weapp build', () => {
  it('passes every checkCodeQuality check', async () => {
    const results = await ci.checkCodeQuality(project());
    expect(results.length).toBeGreaterThanOrEqual(5);
    expect(results.filter((r) => !r.success).map((r) => `${r.name}: ${r.text ?? ''}`)).toEqual([]);
    expect(results.map((r) => r.name)).toEqual(
      expect.arrayContaining(['JS_COMPRESS_OPEN', 'WXML_COMPRESS_OPEN', 'WXSS_COMPRESS_OPEN', 'LAZYCODE_LOADING_OPEN', 'PACKAGE_SIZE_LIMIT']),
    );
  });

  it('compiles it (getCompiledResult), every page of app.json included', async () => {
    const { dir, keyPath } = devtoolsProject();
    const out = await run(process.execPath, [join(__dirname, 'compile-with-ci.js'), dir, keyPath], { timeout: 110_000, maxBuffer: 16 * 1024 * 1024 })
      .then((r) => r.stdout)
      .catch((e: { stdout?: string }) => e.stdout ?? '');
    const failed = /\nFAILED (.*)/.exec(out);
    expect(failed?.[1] ?? null).toBeNull();
    const files = JSON.parse(/\nCOMPILED (.*)/.exec(out)?.[1] ?? '[]') as string[];
    expect(files).toContain('app.json');
    for (const page of allPages(readAppJson())) {
      expect(files.some((f) => f.startsWith(page))).toBe(true);
    }
  });
});
