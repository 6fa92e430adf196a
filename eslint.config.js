import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist.versions/',
      '.astro/',
      '.generated/',
      '.generated.versions/',
      'node_modules/',
      'bench/out/',
    ],
  },
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // Imports go through the @/ alias, not long relative paths.
      'no-restricted-imports': ['error', { patterns: [{ group: ['../../*'], message: 'Import from "@/…" instead.' }] }],
    },
  },
  {
    // No import cycle anywhere in the code: modules depend one way (see docs/architecture.md).
    files: ['src/**/*.{ts,tsx,mjs}', 'scripts/**/*.{ts,mjs}', 'bench/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.mjs', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // One function per job: a function over 80 lines (blank lines and comments not counted) needs its reason,
    // given in the eslint-disable comment that allows it.
    files: ['src/**/*.{ts,tsx,mjs}', 'scripts/**/*.{ts,mjs}'],
    rules: {
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
);
