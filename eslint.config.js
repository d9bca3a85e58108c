// @ts-check
/**
 * Lint: typescript-eslint's recommended rules, and the direction of imports between the
 * top-level folders. The client shares exactly one folder of the server, `server/contracts/`
 * (API bodies, analysis and assistant shapes, the emotion taxonomy); nothing outside `tests/`
 * imports from `tests/`.
 */
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'coverage/**', 'test-results/**', 'node_modules/**', '.data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { 'import-x': importX },
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './client',
              from: './server',
              except: ['./contracts'],
              message: 'The client may import only server/contracts/ from the server: move the shared shape there.',
            },
            {
              target: './client',
              from: './launch/sandbox',
              message: 'The sandbox EHR is a server; the client talks to it over HTTP.',
            },
            {
              target: ['./server', './fhir'],
              from: './client',
              message: 'Server and FHIR code never import the browser client.',
            },
            {
              target: ['./client', './server', './fhir', './launch', './scripts'],
              from: './tests',
              message: 'Only tests import from tests/: move what is shared into scripts/ or the code it belongs to.',
            },
          ],
        },
      ],
      'import-x/no-duplicates': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    // Tests read JSON replies whose shape is what they assert.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
