// ESLint 9 flat config. Short and strict (ARCHITECTURE.md, convention 13).
// Formatting belongs to Prettier (.prettierrc.json), not to lint.
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import js from '@eslint/js'
import { defineConfig } from 'eslint/config'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import pluginQuery from '@tanstack/eslint-plugin-query'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import importX, { createNodeResolver } from 'eslint-plugin-import-x'
import globals from 'globals'

const root = path.dirname(fileURLToPath(import.meta.url))

// The dependency rule, generated from the folder list: a new feature needs no lint edit.
const features = (() => {
  try {
    return readdirSync(path.join(root, 'src/features'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
  } catch {
    return []
  }
})()
const featureZones = (features.length > 1 ? features : []).map((name) => ({
  target: `src/features/${name}`,
  from: features.filter((other) => other !== name).map((other) => `src/features/${other}`),
  message:
    'Features never import each other: compose them in app/routes, or move the shared part down.',
}))
const srcToTestsOrMocks = {
  target: 'src',
  from: ['tests', 'mocks'],
  message: 'src never imports tests/ or mocks/ (only main.tsx, by a guarded dynamic import).',
}
const layerZones = [
  ...featureZones,
  { target: 'src/features', from: 'src/app', message: 'Features never import the app layer.' },
  {
    target: 'src/domain',
    from: 'src',
    except: ['./domain', './api'],
    message: 'domain imports only api (types).',
  },
  {
    target: 'src/api',
    from: 'src',
    except: ['./api', './shared/lib'],
    message: 'api imports only shared/lib.',
  },
  {
    target: 'src/shared',
    from: ['src/app', 'src/features', 'src/domain', 'src/api'],
    message: 'shared is app-agnostic.',
  },
  {
    target: 'mocks',
    from: 'src',
    except: ['./api'],
    message: 'mocks import only src/api (the contract).',
  },
  { target: 'mocks', from: 'tests', message: 'mocks never import tests.' },
]

// Static imports of tests/ or mocks/ from main.tsx (its dynamic import of '@mocks/browser' is allowed).
const staticTestOrMockImport = {
  selector:
    'ImportDeclaration[source.value=/^(@mocks|@tests)\\u002F|(^|\\u002F)(mocks|tests)\\u002F/]',
  message: "main.tsx may reach mocks only through the guarded dynamic import('@mocks/browser').",
}
const noDangerousHtml = {
  selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
  message: 'dangerouslySetInnerHTML is banned: render text, or sanitise upstream and use DOM APIs.',
}

// Files and folders kebab-case (convention 1): every dot-separated part of the name.
const kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/
const local = {
  rules: {
    'kebab-case-filenames': {
      meta: { type: 'suggestion', messages: { name: '"{{part}}" in {{file}} is not kebab-case.' } },
      create(context) {
        const file = path.relative(root, context.physicalFilename).split(path.sep).join('/')
        const parts = file.split('/')
        const base = parts.pop() ?? ''
        const bad = [...parts, ...base.split('.').slice(0, -1)].find((part) => !kebab.test(part))
        return {
          Program(node) {
            if (bad !== undefined)
              context.report({
                node,
                loc: { line: 1, column: 0 },
                messageId: 'name',
                data: { part: bad, file },
              })
          },
        }
      },
    },
  },
}

const tsExtensions = ['.ts', '.tsx', '.d.ts', '.js', '.jsx', '.mjs', '.cjs', '.json']

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-mock/',
      'dist-mock-*/',
      'node_modules/',
      'coverage/',
      'public/mockServiceWorker.js',
      'playwright-report/',
      'test-results/',
      'bench/tmp/',
    ],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX, local },
    settings: {
      'import-x/extensions': tsExtensions,
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: tsExtensions,
          conditionNames: ['types', 'import', 'require', 'default'],
          tsconfig: { configFile: path.join(root, 'tsconfig.json') },
        }),
      ],
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        { basePath: root, zones: [...layerZones, srcToTestsOrMocks] },
      ],
      'no-restricted-syntax': ['error', noDangerousHtml],
    },
  },
  {
    files: ['src/**', 'mocks/**', 'tests/**', 'scripts/**'],
    rules: { 'local/kebab-case-filenames': 'error' },
  },
  {
    files: ['src/**', 'mocks/**', 'tests/**', 'scripts/**'],
    ignores: ['**/*.d.ts'],
    rules: { 'import-x/no-default-export': 'error' },
  },
  {
    files: ['src/domain/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom', '@tanstack/react-query'].map((name) => ({
            name,
            message: 'domain is pure: no React, no fetching.',
          })),
          patterns: [
            {
              group: ['@/api/*', '**/api/*'],
              allowTypeImports: true,
              message: 'domain imports only types from api (`import type`).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/main.tsx'],
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: layerZones }],
      'no-restricted-syntax': ['error', noDangerousHtml, staticTestOrMockImport],
    },
  },
  { files: ['src/**/*.{ts,tsx}'], ...reactHooks.configs.flat.recommended },
  { files: ['src/**/*.{ts,tsx}'], extends: pluginQuery.configs['flat/recommended'] },
  { files: ['**/*.{jsx,tsx}'], ...jsxA11y.flatConfigs.recommended },
  // Tests may import anything (colocated tests use @tests/ helpers and @mocks/ handlers).
  {
    files: ['**/*.test.{ts,tsx}', 'tests/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-restricted-imports': 'off',
      'import-x/no-restricted-paths': 'off',
    },
  },
  // Playwright fixtures are written `async ({}, use) => …`.
  { files: ['tests/e2e/**'], rules: { 'no-empty-pattern': 'off' } },
)
