import { fileURLToPath } from 'node:url'
import path from 'node:path'
import { defineConfig, loadEnv } from 'vite'
import react from '@vitejs/plugin-react'
import { datasetPlugin } from './scripts/dataset-plugin'
import { CONTENT_SECURITY_POLICY } from './scripts/csp'
import { preloadPlugin } from './scripts/preload-plugin'

const root = path.dirname(fileURLToPath(import.meta.url))
const at = (p: string) => path.resolve(root, p)

/** The libraries every page needs to start. */
const startLibraries = [
  'react',
  'react-dom',
  'scheduler',
  'use-sync-external-store',
  'react-router',
  '@tanstack/query-core',
  '@tanstack/react-query',
  'i18next',
  'react-i18next',
  'react-error-boundary',
  'zod',
]
/** Recharts and the libraries it is built on. */
const chartLibraries = [
  'recharts',
  'd3-[a-z]+',
  'victory-vendor',
  '@reduxjs/toolkit',
  'redux',
  'react-redux',
  'redux-thunk',
  'immer',
  'reselect',
  'decimal\\.js-light',
  'es-toolkit',
  'eventemitter3',
  'tiny-invariant',
]
/** Matches the modules of these packages (names are regular expressions). */
const modules = (packages: string[]) =>
  new RegExp(`node_modules[\\\\/](${packages.join('|')})[\\\\/]`)

export default defineConfig(({ command, mode }) => {
  const env = loadEnv(mode, root, '')
  const mocking = env.VITE_MOCKING === 'on' || mode === 'test'
  return {
    plugins: [
      react(),
      datasetPlugin({ file: env.VITE_DATASET, enabled: mocking, root }),
      preloadPlugin({ apiBase: env.VITE_API_BASE_URL || '/api/v1', preloadApi: !mocking }),
    ],
    resolve: {
      alias: {
        '@': at('src'),
        '@mocks': at('mocks'),
        '@tests': at('tests'),
        // React Router resolves to its development build in every mode (its package exports name
        // no production condition); a production build takes its production build.
        ...(command === 'build' && mode !== 'test'
          ? { 'react-router': at('node_modules/react-router/dist/production/index.mjs') }
          : {}),
      },
    },
    build: {
      target: 'es2022',
      sourcemap: false,
      // Escaped non-ASCII (\u…): an all-ASCII script is kept in memory one byte per character
      // instead of two, which halves the memory the app's source text takes.
      rolldownOptions: {
        output: {
          charset: 'ascii',
          // Fewer, larger chunks for what every page loads: one request and one compression
          // window each instead of a dozen small ones (the Overview's first load went from 28
          // scripts and 247 KB to 19 and 235 KB). The libraries change less often than the
          // app, so they stay cached across releases.
          codeSplitting: {
            groups: [
              { name: 'start', test: modules(startLibraries), priority: 3 },
              { name: 'charts', test: modules(chartLibraries), priority: 2 },
              // The shell's strings, one chunk per language.
              {
                name: (id: string) => `strings-${/locales[\\/](\w+)[\\/]/.exec(id)?.[1]}`,
                test: /locales[\\/]\w+[\\/](common|export|resilience|users)\.json$/,
                priority: 1,
              },
            ],
          },
        },
      },
    },
    preview: { headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
    test: {
      environment: 'jsdom',
      setupFiles: ['tests/setup.ts'],
      include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'scripts/**/*.test.ts'],
      restoreMocks: true,
      testTimeout: 15_000,
    },
  }
})
