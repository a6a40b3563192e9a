import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules', 'dist', '.data', 'infra/cdk.out', 'coverage', 'tests/e2e/artifacts', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // Pages reach the network only through client/api/.
    files: ['client/pages/**', 'client/packages/**', 'client/components/**'],
    rules: {
      'no-restricted-properties': ['error', { object: 'Taro', property: 'request', message: 'Use client/api/.' }],
      'no-restricted-globals': ['error', { name: 'fetch', message: 'Use client/api/.' }],
    },
  },
  {
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', 'no-console': 'off' },
  },
  {
    files: ['functions/local/**', 'scripts/**', 'infra/**', 'tests/bench/**'],
    rules: { 'no-console': 'off' },
  },
);
