import { defineConfig, devices } from '@playwright/test'

const CI = Boolean(process.env.CI)
// E2E_PORT lets several people run the suite side by side on one machine (each its own build).
const port = Number(process.env.E2E_PORT ?? 4173)
const outDir = port === 4173 ? 'dist-mock' : `dist-mock-${port}`
const baseURL = `http://127.0.0.1:${port}`

// The e2e suite runs against a production build that still carries the mock backend
// (`vite build --mode mock`), served by `vite preview`. Chromium is the Debian package.
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: port === 4173 ? 'test-results/e2e' : `test-results/e2e-${port}`,
  fullyParallel: true,
  forbidOnly: CI,
  workers: 2,
  retries: CI ? 1 : 0,
  reporter: [
    ['list'],
    [
      'json',
      { outputFile: port === 4173 ? 'test-results/e2e.json' : `test-results/e2e-${port}.json` },
    ],
  ],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      },
    },
  ],
  webServer: {
    command: `npx vite build --mode mock --outDir ${outDir} && npx vite preview --mode mock --outDir ${outDir} --port ${port} --strictPort --host 127.0.0.1`,
    url: baseURL,
    reuseExistingServer: !CI,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
})
