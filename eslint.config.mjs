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
    // The weapp main package carries no schema library (README, perf; client/api/http.ts): these
    // files import shared schema modules and zod for types only and call client/api/main.ts.
    files: [
      'client/pages/**',
      'client/components/**',
      'client/session/**',
      'client/hooks/**',
      'client/app.ts',
      'client/api/main.ts',
      'client/api/me.ts',
      'client/api/check.ts',
      'client/api/http.ts',
      'client/api/session.ts',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^zod(/.*)?$)|(shared/(jobs|qa|auth|common|bookings|topics|admin|events|referrals)$)|(api/(jobs|qa|auth|bookings|admin|events)$)',
              allowTypeImports: true,
              message:
                'The weapp main package must not load zod: import labels from the zod-free shared modules (jobs.labels, topic-list, labelled, auth.consts) and call client/api/main.ts (README, perf).',
            },
          ],
        },
      ],
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
