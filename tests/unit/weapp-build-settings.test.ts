import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'acorn';
import { apiBaseFor } from '../../config/api-base';

/**
 * What older WeChat clients and WeChat's upload checks need from the build: ES2017 syntax at
 * most (older iOS JavaScriptCore), devtools ES6/enhanced compile and minification on, lazy
 * component injection, and an https API base in every production package.
 */
const ROOT = resolve(__dirname, '../..');
const WEAPP = resolve(process.env.WEAPP_DIR ?? join(ROOT, 'dist/weapp'));

const jsFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? jsFiles(path) : path.endsWith('.js') ? [path] : [];
  });

describe('project.config.json', () => {
  const { setting } = JSON.parse(readFileSync(join(ROOT, 'project.config.json'), 'utf8')) as { setting: Record<string, unknown> };

  it('turns on the devtools ES6 and enhanced compile', () => {
    expect(setting.es6).toBe(true);
    expect(setting.enhance).toBe(true);
  });

  it('turns on JS, WXML and WXSS minification and style completion on upload', () => {
    expect(setting).toMatchObject({ minified: true, minifyWXML: true, minifyWXSS: true, postcss: true });
  });
});

describe('weapp build output', () => {
  beforeAll(() => {
    if (!existsSync(join(WEAPP, 'app.json'))) throw new Error(`No weapp build at ${WEAPP}: run \`npm run build:weapp\` first.`);
  });

  it('parses as ES2017 in every file, subpackages included', () => {
    const failures = jsFiles(WEAPP).flatMap((file) => {
      try {
        parse(readFileSync(file, 'utf8'), { ecmaVersion: 2017, sourceType: 'script' });
        return [];
      } catch (e) {
        return [`${relative(WEAPP, file)}: ${(e as Error).message}`];
      }
    });
    expect(failures).toEqual([]);
  });

  it('asks WeChat to inject only the components a page renders', () => {
    const app = JSON.parse(readFileSync(join(WEAPP, 'app.json'), 'utf8')) as { lazyCodeLoading?: string };
    expect(app.lazyCodeLoading).toBe('requiredComponents');
  });
});

describe('the API base a build is made with', () => {
  it('refuses a weapp production build without an https base, saying what to set', () => {
    expect(() => apiBaseFor('weapp', { NODE_ENV: 'production' })).toThrow(/TARO_APP_API_BASE must be the deployed HTTPS API base/);
    expect(() => apiBaseFor('weapp', { NODE_ENV: 'production', TARO_APP_API_BASE: '/api' })).toThrow(/TARO_APP_API_BASE/);
    expect(() => apiBaseFor('weapp', { NODE_ENV: 'production', TARO_APP_API_BASE: 'http://api.example.cn' })).toThrow(/https/);
  });

  it('accepts an https base and drops a trailing slash', () => {
    expect(apiBaseFor('weapp', { NODE_ENV: 'production', TARO_APP_API_BASE: 'https://api.example.cn/' })).toBe('https://api.example.cn');
  });

  it('lets a development build and the H5 build (same origin) go without one', () => {
    expect(apiBaseFor('weapp', { NODE_ENV: 'development' })).toBe('');
    expect(apiBaseFor('h5', { NODE_ENV: 'production' })).toBe('');
  });

  it('is what config/index.ts builds with', () => {
    expect(readFileSync(join(ROOT, 'config/index.ts'), 'utf8')).toContain('apiBaseFor(platform, process.env)');
  });
});
