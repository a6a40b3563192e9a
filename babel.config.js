// babel-preset-taro: React + TypeScript for both the weapp and the H5 build.
// The weapp build targets ES2017 engines (async/await kept, no regenerator or class helpers):
// WeChat's own ES6/enhanced compile (project.config.json) covers older clients, and
// tests/unit/weapp-es2017.test.ts proves both the setting and that the output parses as ES2017.
const weappTargets = { ios: '11', chrome: '61' };
module.exports = {
  presets: [
    ['taro', { framework: 'react', ts: true, compiler: 'webpack5', ...(process.env.TARO_ENV === 'weapp' ? { targets: weappTargets } : {}) }],
  ],
};
