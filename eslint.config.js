import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

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
);
