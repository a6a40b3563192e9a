import { resolve } from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';

/**
 * One source, two targets: `--type weapp` writes the WeChat package to dist/weapp,
 * `--type h5` writes the web build to dist/h5 (served by the local gateway with /api
 * on the same origin).
 */
// shared/ (zod contracts used by client and functions) sits outside sourceRoot: compile it too.
const compile = { include: [resolve(__dirname, '..', 'shared')] };

export default defineConfig<'webpack5'>(async (merge) => {
  const platform = process.env.TARO_ENV ?? 'h5';
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'taiyuan-women-legal-aid',
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
      TARO_APP_API_BASE: JSON.stringify(platform === 'h5' ? '' : (process.env.TARO_APP_API_BASE ?? '')),
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: false },
    mini: {
      compile,
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
      optimizeMainPackage: { enable: true },
    },
    h5: {
      compile,
      publicPath: '/',
      staticDirectory: 'static',
      // Browser history: the gateway falls back to index.html, so deep links open the right page.
      router: { mode: 'browser' },
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
    },
  };
  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig);
  return merge({}, baseConfig, prodConfig);
});
