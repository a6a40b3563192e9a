// babel-preset-taro: React + TypeScript for both the weapp and the H5 build.
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
};
