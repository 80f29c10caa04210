// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Engines and the contract import nothing of ours and do no I/O (DESIGN.md, "Who may import whom"). */
const pureBoundary = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          group: ['node:*', 'fs', 'path', 'http', 'https', 'net', 'child_process', 'os'],
          message: 'Pure packages do no I/O.',
        },
        { group: ['@openiort/*'], message: 'Pure packages import nothing of ours.' },
        {
          group: ['kysely', 'better-sqlite3', 'pg', 'fastify', 'react', 'react-dom'],
          message: 'Pure packages do no I/O.',
        },
      ],
    },
  ],
  'no-restricted-globals': ['error', 'fetch', 'document', 'window', 'localStorage', 'process'],
};

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: [
      'packages/guidelines/**',
      'packages/dosimetry/**',
      'packages/contract/**',
      'packages/content/**',
    ],
    rules: pureBoundary,
  },
  {
    // The independent second check must share no dose code with the engine it checks.
    files: ['packages/dosimetry/src/second-check/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...pureBoundary['no-restricted-imports'][1].patterns,
            {
              group: [
                '../dose-kernel*',
                '../geometry*',
                '../interpolation*',
                '../point-dose*',
                '../planning/*',
                '../grid/*',
              ],
              message: 'The second check is a separate code path: write the dose math here again.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/web/src/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@openiort/server', '@openiort/server/*'],
              message: 'The web client talks to the server over HTTP only.',
            },
            { group: ['node:*'], message: 'The web client runs in the browser.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
