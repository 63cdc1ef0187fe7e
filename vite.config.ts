import { fileURLToPath } from 'node:url'
import path from 'node:path'
import { defineConfig, loadEnv } from 'vite'
import react from '@vitejs/plugin-react'
import { datasetPlugin } from './scripts/dataset-plugin'
import { CONTENT_SECURITY_POLICY } from './scripts/csp'
import { preloadPlugin } from './scripts/preload-plugin'

const root = path.dirname(fileURLToPath(import.meta.url))
const at = (p: string) => path.resolve(root, p)

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, root, '')
  const mocking = env.VITE_MOCKING === 'on' || mode === 'test'
  return {
    plugins: [
      react(),
      datasetPlugin({ file: env.VITE_DATASET, enabled: mocking, root }),
      preloadPlugin({ apiBase: env.VITE_API_BASE_URL || '/api/v1', preloadApi: !mocking }),
    ],
    resolve: {
      alias: { '@': at('src'), '@mocks': at('mocks'), '@tests': at('tests') },
    },
    build: {
      target: 'es2022',
      sourcemap: false,
      // Escaped non-ASCII (\u…): an all-ASCII script is kept in memory one byte per character
      // instead of two, which halves the memory the app's source text takes.
      rolldownOptions: { output: { charset: 'ascii' } },
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
