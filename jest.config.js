/** Jest projects: `npm test` runs them in order through scripts/test-all.sh. */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];
const base = {
  transform: { '^.+\\.(t|j)sx?$': swc },
  // jose is published as ES modules only; let swc turn it into CommonJS for jest.
  transformIgnorePatterns: ['/node_modules/(?!(jose)/)'],
  testEnvironment: 'node',
  setupFiles: ['<rootDir>/tests/helpers/silence-logs.ts'],
};

module.exports = {
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    {
      ...base,
      displayName: 'client',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/tests/unit/**/*.test.tsx'],
      moduleNameMapper: {
        '^@tarojs/components$': '<rootDir>/tests/helpers/taro-components.tsx',
        '^@tarojs/taro$': '<rootDir>/tests/helpers/taro.ts',
        '\\.(css|scss)$': '<rootDir>/tests/helpers/style-stub.ts',
      },
    },
    { ...base, displayName: 'api', testMatch: ['<rootDir>/tests/api/**/*.test.ts'] },
    { ...base, displayName: 'e2e', testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'] },
    { ...base, displayName: 'infra', testMatch: ['<rootDir>/infra/test/**/*.test.ts'] },
    // WeChat's own tools (miniprogram-ci, miniprogram-simulate) on the weapp build; after `npm run build:weapp`.
    { ...base, displayName: 'weapp', testMatch: ['<rootDir>/tests/weapp/**/*.test.ts'] },
  ],
};
