// Lint, and the layer boundaries of architecture.md: each folder may import only what sits below it.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const restrict = (...patterns) => ['error', { patterns }];
const only = (from, message, allowTypeImports = false) => ({ group: from, message, allowTypeImports });

// A regex: the glob 'electron/*' would also match our own electron/ folder in relative imports.
const noElectron = { regex: '^electron(/|$)', message: 'Only electron/main and electron/preload may import electron.' };
const noRenderer = only(['**/renderer/**'], 'Nothing imports the renderer.');
const noReactInCore = only(['react', 'react-dom', 'react/*', '@mantine/*', '@tanstack/*'], 'core/ and db/ are UI-free.');

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'release/**', 'native/**', 'db/migrations/**', 'test-results/**', 'playwright-report/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Named exports only (config files aside).' }],
    },
  },
  { files: ['**/*.js', '**/*.mjs', '**/*.cjs'], languageOptions: { globals: { ...globals.node } } },
  { files: ['*.config.ts', '*.config.js', 'eslint.config.js'], rules: { 'no-restricted-syntax': 'off' } },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-restricted-imports': restrict(
        only(['node:*', 'fs', 'path', 'os', 'crypto', 'child_process'], 'The renderer is browser code: no Node modules.'),
        noElectron,
        only(['better-sqlite3', 'drizzle-orm', 'drizzle-orm/*', '**/db/**'], 'The renderer reaches data through the API only.'),
        only(['**/electron/**'], 'The renderer talks to the hosts through its API client only.'),
        {
          // A regex, not globs: gitignore-style negations cannot re-include files below an excluded folder.
          regex: 'core/service/(?!(api|define|result|validation)\\.ts$|[^/]+/[^/]+-api\\.ts$)',
          message: 'The renderer may import the API contract (api.ts, */*-api.ts), not the handlers.',
        },
      ),
    },
  },
  {
    files: ['core/domain/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict(
        only(['**/core/service/**', '**/service/**', '**/db/**', '**/electron/**', '**/documents/**'], 'core/domain depends on nothing.'),
        only(['node:*', 'fs', 'path', 'better-sqlite3', 'drizzle-orm', 'drizzle-orm/*'], 'core/domain holds pure rules: no I/O.'),
        noElectron,
        noRenderer,
        noReactInCore,
      ),
    },
  },
  {
    files: ['core/service/**/*.ts', 'core/documents/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': restrict(only(['**/electron/**'], 'core/ never reaches up to the entry points.'), noElectron, noRenderer, noReactInCore) },
  },
  {
    files: ['db/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict(
        only(['**/core/service/**'], 'db/ may use the API result types, nothing else of the service.', true),
        only(['**/electron/**'], 'db/ never reaches up to the entry points.'),
        noElectron,
        noRenderer,
        noReactInCore,
      ),
    },
  },
  {
    files: ['electron/cli/**/*.ts', 'electron/serve/**/*.ts', 'electron/common/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': restrict(noElectron, noRenderer, only(['**/electron/main/**', '**/electron/preload/**'], 'The CLI and the browser host run without Electron.')) },
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': restrict(noRenderer, only(['**/db/**'], 'The main process reaches the database through the service only.')) },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': restrict(noRenderer, only(['**/core/**', '**/db/**'], 'The preload is a bridge only: contextBridge and ipcRenderer.')) },
  },
  {
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': restrict(noRenderer, noElectron) },
  },
  {
    files: ['tests/electron/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
);
