/**
 * Takes the README's screenshots: builds the app with its mock backend,
 * serves it on 127.0.0.1 and photographs pages in Debian's Chromium.
 * Usage: npm run screenshots
 */
import { spawn, execSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { chromium } from '@playwright/test'

const PORT = 4174
const base = `http://127.0.0.1:${PORT}`
const shots = [
  { file: 'docs/screenshots/overview.png', url: '/', lang: 'vi', width: 1440, height: 1300 },
  {
    file: 'docs/screenshots/overview-en.png',
    url: '/?area=718&year=2024',
    lang: 'en',
    width: 1280,
    height: 1300,
  },
  {
    file: 'docs/screenshots/overview-narrow.png',
    url: '/?area=725',
    lang: 'vi',
    width: 360,
    height: 1800,
  },
]

execSync('npm run build:mock', { stdio: 'inherit' })
const server = spawn(
  'npx',
  [
    'vite',
    'preview',
    '--mode',
    'mock',
    '--outDir',
    'dist-mock',
    '--port',
    String(PORT),
    '--strictPort',
    '--host',
    '127.0.0.1',
  ],
  { stdio: 'ignore', detached: true },
)

try {
  await waitFor(base)
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
  mkdirSync('docs/screenshots', { recursive: true })
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height } })
    await page.addInitScript(
      (lng) => localStorage.setItem('emulation-tracker.language', lng),
      shot.lang,
    )
    await page.goto(base + shot.url)
    await page.locator('.recharts-line-curve').first().waitFor()
    await page.locator('.recharts-bar-rectangle').first().waitFor()
    await page.screenshot({ path: shot.file, fullPage: true })
    console.log(`wrote ${shot.file}`)
    await page.close()
  }
  await browser.close()
} finally {
  if (server.pid) process.kill(-server.pid)
}

async function waitFor(url: string) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`${url} did not come up`)
}
