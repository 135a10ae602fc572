// ESLint flat config (run as `eslint -c .eslint.config.js`; the repo's top level is fixed, so it is a dotfile).
// It enforces what ARCHITECTURE.md asks of the code: typescript-eslint's recommended rules, the rules of
// hooks, and the dependency direction app -> features -> ui, domain; server -> domain.
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = fileURLToPath(new URL('.', import.meta.url));
const aliasResolver = fileURLToPath(new URL('./tests/lint/alias-resolver.cjs', import.meta.url));

const BROWSER = ['src/app/**', 'src/features/**', 'src/ui/**', 'src/domain/**'];
const NODE = ['src/server/**', 'tests/**', 'vite.config.ts', '.eslint.config.js', '**/*.test.ts', '**/*.test.tsx'];

/** Packages that render or do I/O: never in the pure domain. */
const DOMAIN_FORBIDDEN_PACKAGES = ['react', 'react-dom', 'wagmi', '@wagmi/*', '@tanstack/*', '@rainbow-me/*', 'openai', 'hono', '@hono/*', 'pg', '@electric-sql/*', 'feedsmith', 'sanitize-html', 'eventsource-parser', 'playwright-core'];

/** viem's transports and clients: the parts of viem that reach the network. */
const VIEM_NETWORK = ['http', 'webSocket', 'fallback', 'custom', 'ipc', 'createClient', 'createPublicClient', 'createWalletClient', 'createTestClient'];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-server/**', 'data/**', 'coverage/**', 'node_modules/**', 'tests/.tmp/**', 'reports/**', '.stryker-tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,cjs,mjs}'],
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // The house style: `_`-prefixed names are deliberately unused.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      // `import type` for what is only a type (isolatedModules); `typeof import('pg').types` in a type is fine.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      // The sanitisers strip control characters on purpose, with regular expressions that name them.
      'no-control-regex': 'off',
    },
  },
  { files: BROWSER, languageOptions: { globals: globals.browser } },
  { files: NODE, languageOptions: { globals: globals.node } },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs', globals: globals.node }, rules: { '@typescript-eslint/no-require-imports': 'off' } },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.ts', 'vite.config.ts'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { [aliasResolver]: {} },
      'boundaries/root-path': root,
      'boundaries/include': ['src/**', 'tests/**', 'vite.config.ts'],
      'boundaries/elements': [
        { type: 'feature', pattern: 'src/features/*', capture: ['feature'] },
        { type: 'domain', pattern: 'src/domain' },
        { type: 'app', pattern: 'src/app' },
        { type: 'ui', pattern: 'src/ui' },
        { type: 'server', pattern: 'src/server' },
        { type: 'tests', pattern: 'tests' },
      ],
      'boundaries/files': [
        { category: 'hook', pattern: ['**/hooks/**', '**/use-*.ts'] },
        { category: 'component', pattern: ['**/components/**', '**/*.tsx'] },
      ],
    },
    rules: {
      'boundaries/dependencies': ['error', {
        default: 'allow',
        checkInternals: true,
        checkAllOrigins: true,
        policies: [
          {
            from: { element: { type: 'feature' } },
            disallow: { to: { element: { type: 'feature', captured: { feature: '!{{from.captured.feature}}' } } } },
            message: 'features never import each other: src/features/{{from.captured.feature}} must not import src/features/{{to.captured.feature}} (compose them in src/app)',
          },
          {
            from: { element: { type: 'domain' } },
            disallow: { to: { element: { type: '!domain' } } },
            message: 'src/domain imports nothing of ours outside src/domain (it is shared by browser and server); this imports {{to.element.path}}',
          },
          {
            // Its tests run in Node (vitest) and may read fixtures from disk.
            from: { element: { type: 'domain' }, file: { path: '!**/*.test.ts' } },
            disallow: { to: { module: { origin: 'core' } } },
            message: 'src/domain is pure: no Node built-ins ({{to.module.source}}); do the I/O in src/server or a feature and pass the data in',
          },
          {
            from: { element: { type: 'domain' } },
            disallow: { to: { module: { origin: 'external', source: DOMAIN_FORBIDDEN_PACKAGES } } },
            message: 'src/domain is pure: no React, no I/O packages ({{to.module.source}}); keep it in a feature, src/app or src/server',
          },
          {
            from: { element: { type: 'domain' } },
            disallow: { to: { module: { source: 'viem*' } }, dependency: { specifiers: VIEM_NETWORK } },
            message: 'src/domain makes no network calls: viem transports and clients (http, webSocket, fallback, custom, create*Client) belong in src/server or a feature',
          },
          {
            from: { element: { type: 'domain' }, file: { path: '!**/*.test.ts' } },
            disallow: { to: { module: { source: '@lifi/sdk*' } }, dependency: { kind: 'value' } },
            message: 'src/domain uses @lifi/sdk for its types only (`import type`); its runtime is a network client',
          },
          {
            from: { element: { type: ['app', 'feature', 'ui', 'domain'] } },
            disallow: { to: { element: { type: 'server' } } },
            message: 'browser code never imports src/server (src/{{from.element.type}} -> src/server): call its HTTP API instead',
          },
          {
            from: { file: { categories: 'hook' } },
            disallow: { to: { file: { categories: 'component' } } },
            message: 'a hook never imports from a component ({{to.file.path}}): move what both need into a lib/ file',
          },
          {
            from: { element: { type: '!server' } },
            disallow: { to: { module: { source: 'openai' } } },
            message: 'the openai package is used by src/server only (the model is called from the server, never from the browser)',
          },
        ],
      }],
    },
  },
);
