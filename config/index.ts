import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';
import { apiBaseFor } from './api-base';
import { StatsFilePlugin } from './stats-plugin';

/**
 * One source, two targets: `--type weapp` writes the WeChat package to dist/weapp,
 * `--type h5` writes the web build to dist/h5 (served by the local gateway with /api
 * on the same origin).
 */
// shared/ (zod contracts used by client and functions) sits outside sourceRoot: compile it too.
const compile = { include: [resolve(__dirname, '..', 'shared')] };
// zod ships ES2020 syntax (?. and ??); the weapp output must parse as ES2017, so babel compiles it
// down too (it loads only with subpackages, see client/api/http.ts).
const miniCompile = { include: [...compile.include, (file: string) => /node_modules[\\/]zod[\\/]/.test(file)] };

// H5: the home as plain HTML at the end of index.html, shown while the app's scripts load
// (client/pages/index/first-screen.html.ts). The bench's bare app builds with a copy of this
// config and has no such module, so it gets none.
const FIRST_SCREEN = resolve(__dirname, '..', 'client/pages/index/first-screen.html.ts');
function firstScreenHtml(): string {
  if (!existsSync(FIRST_SCREEN)) return '';
  // Taro compiles only config/ when it loads this file; tsx compiles the client modules it reads.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const tsx = require('tsx/cjs/api') as { require(id: string, from: string): unknown };
  return (tsx.require(FIRST_SCREEN, __filename) as typeof import('../client/pages/index/first-screen.html')).firstScreenHtml();
}

// Taro's mini-program defaults switch most of terser's compress passes off and escape every
// Chinese character as a \u escape (6 bytes instead of 3). Terser's own defaults, on an ES2017
// target, make the main package about 10% smaller (README, perf).
const weappTerser = {
  enable: true,
  config: {
    compress: {
      ecma: 2017,
      arrows: true,
      collapse_vars: true,
      comparisons: true,
      computed_props: true,
      hoist_props: true,
      inline: true,
      loops: true,
      negate_iife: true,
      properties: true,
      reduce_funcs: true,
      reduce_vars: true,
      switches: true,
      typeofs: true,
      passes: 2,
    },
    output: { ecma: 2017, ascii_only: false, comments: false, wrap_func_args: false },
  },
};

export default defineConfig<'webpack5'>(async (merge) => {
  const platform = process.env.TARO_ENV ?? 'h5';
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'tayuan-women-legal-aid',
    date: '2026-11-28',
    // Sizes in styles are written in CSS px of a 375-wide phone (NutUI uses the same width).
    designWidth: 375,
    deviceRatio: { 375: 2, 640: 2.34 / 2, 750: 1, 828: 1.81 / 2 },
    sourceRoot: 'client',
    // TARO_OUTPUT_DIR lets one engineer build apart from a shared checkout's dist/ (see tests/e2e/helpers.ts H5_DIR).
    outputRoot: process.env.TARO_OUTPUT_DIR ?? `dist/${platform}`,
    plugins: [],
    defineConstants: {},
    env: {
      // H5 talks to the gateway on the same origin; weapp needs the deployed HTTPS API base.
      // A weapp production build without an https base stops here with a clear message.
      TARO_APP_API_BASE: JSON.stringify(apiBaseFor(platform, process.env)),
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: false },
    // weapp: Taro repeats its node templates once per nesting level in base.wxml (main package);
    // deeper trees continue through the recursive "comp" component. 8 levels cover the screens'
    // usual depth and take a third of base.wxml off (README, perf).
    baseLevel: 8,
    ...(platform === 'h5' ? {} : { terser: weappTerser }),
    mini: {
      compile: miniCompile,
      postcss: {
        // WeChat's devtools add vendor prefixes on upload (project.config.json "postcss": true),
        // so the package carries none.
        autoprefixer: { enable: false },
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
      optimizeMainPackage: { enable: true },
      // Not minifyXML: its collapseWhitespace drops the "/>" of <input/>, which WeChat's compiler
      // rejects (tests/weapp/ compiles the build with miniprogram-ci); the devtools minify WXML on upload.
      // No screen sets innerHTML in the mini-program (nav.ts's quick exit does so on H5 only):
      // leave Taro's HTML parser out of taro.js.
      runtime: { enableInnerHTML: false },
      webpackChain(chain) {
        if (process.env.PERF_STATS) chain.plugin('stats-file').use(StatsFilePlugin, [process.env.PERF_STATS]);
      },
    },
    h5: {
      compile,
      publicPath: '/',
      staticDirectory: 'static',
      // Browser history: the gateway falls back to index.html, so deep links open the right page.
      router: { mode: 'browser' },
      htmlPluginOption: { firstScreen: firstScreenHtml() },
      output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'js/[name].[contenthash:8].js' },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
      webpackChain(chain) {
        // One import per Taro component, so a page chunk carries only the elements it renders
        // (config/h5-component-imports.js; README, perf).
        chain.module
          .rule('h5-component-imports')
          .test(/\.[jt]sx?$/)
          .include.add(resolve(__dirname, '..', 'client'))
          .end()
          .enforce('pre')
          .use('h5-component-imports')
          .loader(resolve(__dirname, 'h5-component-imports.js'));
        if (process.env.PERF_STATS) chain.plugin('stats-file').use(StatsFilePlugin, [process.env.PERF_STATS]);
      },
    },
  };
  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig);
  return merge({}, baseConfig, prodConfig);
});
