// @ts-check
// The house rules that slip without a tool: where code may run, how big a module or route may grow.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

/** Imports that would tie code to Node: the core and the browser code must run anywhere. */
const nodeOnly = {
  patterns: [
    {
      group: ['node:*'],
      message: 'src/core and src/client run in the browser too: no Node built-ins (move it to src/node).',
    },
    {
      group: ['**/node/**', '**/cli/**'],
      message: 'src/core and src/client must not import Node-only code (src/node, src/cli).',
    },
  ],
  paths: ['fs', 'fs/promises', 'path', 'os', 'child_process', 'crypto', 'url', 'http', 'stream'].map((name) => ({
    name,
    message: 'src/core and src/client run in the browser too: no Node built-ins (move it to src/node).',
  })),
};

/** The shell may import the core; the core never imports the shell. */
const shellOnly = {
  group: ['**/pages/**', '**/site/**', '**/components/**', '**/layouts/**', '**/client/**'],
  message: 'src/core is pure: it must not import pages, page data, components or browser code.',
};

export default tseslint.config(
  { ignores: ['dist/', 'dist-cli/', '.tmp/', 'out/', '.astro/', 'bench/work/', 'node_modules/', 'tests/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: 'Read settings through src/node/config.ts.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,astro}'],
    rules: {
      'max-lines': ['error', { max: 150, skipBlankLines: false, skipComments: false }],
      'max-lines-per-function': ['error', { max: 50, skipBlankLines: true, skipComments: true }],
    },
  },
  { files: ['src/pages/**/*.{ts,astro}'], rules: { 'max-lines': ['error', { max: 40 }] } },
  {
    files: ['src/core/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { ...nodeOnly, patterns: [...nodeOnly.patterns, shellOnly] }] },
  },
  {
    files: ['src/client/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'no-restricted-imports': ['error', nodeOnly] },
  },
  {
    files: ['src/node/config.ts', 'astro.config.mjs', 'bench/**', 'tests/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  { files: ['tests/**', 'bench/**'], rules: { 'max-lines-per-function': 'off' } },
);
