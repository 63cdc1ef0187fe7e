/**
 * `npm run bench`: builds the app for production, a minimal "floor"
 * page and a "stack floor" (the floor on the libraries the app must use),
 * serves them from 127.0.0.1 like a real host (brotli/gzip; the
 * mock backend's handlers answer /api/v1 from the Node process, so the
 * browser runs only the app), drives headless Chromium through first loads
 * and interactions at desktop speed and with 4× CPU throttling, and
 * reports medians of 5 runs (with min and max) in absolute numbers and as
 * ratios to the floor of the same run. Writes bench/results.json and
 * bench/results.md, prints the table, and exits non-zero naming every
 * budget that failed. A benchmark, not a test: it is not part of CI.
 *
 * Options: --runs N (5), --skip-national, --skip-build,
 * --only a,b (measure only these scenarios; budgets then check what ran)
 */
import { execSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { chromium, type Browser, type Page } from '@playwright/test'
import { serve } from './serve'

const RUNS = Number(argValue('--runs') ?? 5)
const THROTTLES = [1, 4] as const
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]
const NATIONAL = 'bench/tmp/national.json'
const ONLY = argValue('--only')?.split(',')

type Sample = Record<string, number>
type Stat = { median: number; min: number; max: number }
type Result = { scenario: string; throttle: number; metrics: Record<string, Stat> }

function argValue(name: string) {
  const i = process.argv.indexOf(name)
  return i >= 0 ? process.argv[i + 1] : undefined
}

// ---- What runs in the page ---------------------------------------------------

/** Installed before any page script: collects paint, layout-shift and long-task entries. */
const OBSERVERS = () => {
  const w = window as unknown as {
    __bench: { lcp: number; cls: number; longTasks: { start: number; duration: number }[] }
  }
  w.__bench = { lcp: 0, cls: 0, longTasks: [] }
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__bench.lcp = e.startTime
  }).observe({ type: 'largest-contentful-paint', buffered: true })
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as (PerformanceEntry & {
      value: number
      hadRecentInput: boolean
    })[])
      if (!e.hadRecentInput) w.__bench.cls += e.value
  }).observe({ type: 'layout-shift', buffered: true })
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      w.__bench.longTasks.push({ start: e.startTime, duration: e.duration })
  }).observe({ type: 'longtask', buffered: true })
}

/**
 * Resolves with performance.now() once a chart's marks are drawn (non-empty box) and two frames
 * passed. It looks after each DOM change (a MutationObserver), not every frame: polling the
 * layout every frame would force layouts that slow down the very page being measured.
 */
const FIRST_CHART = (timeoutMs: number) =>
  new Promise<number>((resolve) => {
    const frame = () => new Promise((r) => requestAnimationFrame(r))
    const drawn = () =>
      Array.from(
        document.querySelectorAll(
          '.recharts-line-curve, .recharts-bar-rectangle path, .recharts-bar-rectangle rect, .recharts-rectangle',
        ),
      ).some((m) => {
        const box = (m as SVGGraphicsElement).getBoundingClientRect()
        return box.width > 0 && box.height > 0
      })
    const done = (value: number) => {
      observer.disconnect()
      clearTimeout(timer)
      resolve(value)
    }
    const observer = new MutationObserver(() => {
      if (!drawn()) return
      observer.disconnect()
      void frame()
        .then(frame)
        .then(() => done(performance.now()))
    })
    const timer = setTimeout(() => done(-1), timeoutMs)
    if (drawn())
      void frame()
        .then(frame)
        .then(() => done(performance.now()))
    else observer.observe(document, { childList: true, subtree: true, attributes: true })
  })

// ---- Scenarios ---------------------------------------------------------------

type Interaction = {
  name: string
  /** Runs in the page: performs the action and resolves when the DOM shows its result. */
  run: (page: Page) => Promise<number>
}
type Scenario = {
  name: string
  base: 'app' | 'national' | 'floor' | 'stack'
  path: string
  chart: boolean
  /** Runs in the page: true once the page can take its interactions (default: at once). */
  ready?: string
  interactions: Interaction[]
}

/** Event → DOM updated → next frame, measured inside the page. */
async function timed(page: Page, action: string, done: string): Promise<number> {
  return page.evaluate(
    async ({ action, done }) => {
      const frame = () => new Promise((r) => requestAnimationFrame(r))
      const t0 = performance.now()
      new Function(action)()
      // The app renders the event's update in a microtask after it (React's discrete updates):
      // the first check comes after that, not before anything could have changed.
      await new Promise<void>((resolve) => queueMicrotask(resolve))
      const check = new Function(`return (${done})`) as () => boolean
      for (let i = 0; i < 2000 && !check(); i++) await frame()
      await frame()
      return performance.now() - t0
    },
    { action, done },
  )
}

const selectByLabel = (label: string, value: string) => `
  const label = Array.from(document.querySelectorAll('label')).find((l) => l.textContent.trim() === ${JSON.stringify(label)})
  const select = document.getElementById(label.htmlFor)
  select.value = ${JSON.stringify(value)}
  select.dispatchEvent(new Event('change', { bubbles: true }))`

const typeInto = (selector: string, value: string) => `
  const input = document.querySelector(${JSON.stringify(selector)})
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set
  setter.call(input, ${JSON.stringify(value)})
  input.dispatchEvent(new Event('input', { bubbles: true }))`

const overviewSettled = (text: string) =>
  `document.querySelector('h1')?.textContent.includes(${JSON.stringify(text)}) && document.querySelector('.overview-grid')?.getAttribute('aria-busy') === 'false' && !document.querySelector('.overview-grid .skeleton')`

/** The floors' "filter change": the second button shows the other fixture. */
const floorSwitch: Interaction = {
  name: 'switch',
  run: (page) =>
    timed(
      page,
      `document.querySelectorAll('button')[1].click()`,
      `document.querySelector('[data-set="b"]') !== null`,
    ),
}

const scenarios: Scenario[] = [
  {
    name: 'floor',
    base: 'floor',
    path: '/',
    chart: true,
    interactions: [floorSwitch],
  },
  // The floor's page on the libraries the app must use (React Router, i18next, zod): what the
  // stack costs before any app code. A reference beside the budgets, not one of them.
  {
    name: 'stack-floor',
    base: 'stack',
    path: '/',
    chart: true,
    interactions: [floorSwitch],
  },
  {
    name: 'overview',
    base: 'app',
    path: '/',
    chart: true,
    interactions: [
      {
        name: 'filter-year',
        run: (page) => timed(page, selectByLabel('Tính đến năm', '2023'), overviewSettled('2023')),
      },
      {
        name: 'filter-area',
        run: (page) =>
          timed(
            page,
            selectByLabel('Huyện/thị xã/thành phố', '718'),
            overviewSettled('Thủ Dầu Một'),
          ),
      },
    ],
  },
  { name: 'targets', base: 'app', path: '/targets', chart: false, interactions: [] },
  {
    name: 'indicator',
    base: 'app',
    path: '/targets/de-an-02.2',
    chart: true,
    interactions: [
      {
        // Click the league table's first sub-area: the page shows that area's figures.
        name: 'drill-down',
        run: (page) =>
          timed(
            page,
            `const link = document.querySelector('.league-table__row th a')
             window.__drillTo = link.textContent.trim()
             link.click()`,
            `document.querySelector('.page-lead')?.textContent.includes(window.__drillTo) && document.querySelector('.indicator-page')?.getAttribute('aria-busy') === 'false' && !document.querySelector('.indicator-page .skeleton')`,
          ),
      },
    ],
  },
  // The registry's charts are below its list: they are drawn when scrolled to, not on load.
  { name: 'registry', base: 'app', path: '/models', chart: false, interactions: [] },
  { name: 'deck', base: 'app', path: '/present', chart: false, interactions: [] },
  {
    name: 'registry-national',
    base: 'national',
    path: '/models',
    chart: false,
    // The rows are on screen (at 4× they arrive after a quiet network: the areas are parsed first).
    ready: `Array.from(document.querySelectorAll('button')).some((b) => /Trang sau/.test(b.textContent)) && !document.querySelector('[aria-busy="true"]')`,
    interactions: [
      {
        // From the unfiltered list (many pages): the next page's rows painted (the count shows
        // their range).
        name: 'page',
        run: (page) =>
          timed(
            page,
            `Array.from(document.querySelectorAll('button')).find((b) => /Trang sau/.test(b.textContent)).click()`,
            `new URL(location.href).searchParams.get('page') === '2' && !document.querySelector('[aria-busy="true"]') && document.querySelector('.models-results__count')?.textContent.includes('51–100')`,
          ),
      },
      {
        // The search itself, sent at once with Enter (the debounce is a deliberate wait, not
        // work): submit → the matching rows painted (the count shows the matches).
        name: 'search',
        run: (page) =>
          timed(
            page,
            `window.__count = document.querySelector('.models-results__count')?.textContent
             ${typeInto('input[type="search"]', 'ca phe sang')}
             document.querySelector('form[role="search"]').requestSubmit()`,
            `new URL(location.href).searchParams.get('q') === 'ca phe sang' && !document.querySelector('[aria-busy="true"]') && document.querySelector('.models-results__count')?.textContent !== window.__count`,
          ),
      },
      {
        // Typing (last: its debounced search is not waited for): the slowest keystroke → next
        // frame (the input must never lag behind the keys).
        name: 'typing',
        run: (page) =>
          page.evaluate(async (text) => {
            const input = document.querySelector('input[type="search"]') as HTMLInputElement
            const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set
            const frame = () => new Promise((r) => requestAnimationFrame(r))
            let slowest = 0
            for (let i = 1; i <= text.length; i++) {
              const t0 = performance.now()
              setter?.call(input, text.slice(0, i))
              input.dispatchEvent(new Event('input', { bubbles: true }))
              await frame()
              slowest = Math.max(slowest, performance.now() - t0)
            }
            return slowest
          }, 'van hoa'),
      },
    ],
  },
]

// ---- Measuring ----------------------------------------------------------------

async function measureOnce(
  browser: Browser,
  url: string,
  scenario: Scenario,
  throttle: number,
): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  // Closed whatever happens: a failed run must not leave its page running beside the next.
  try {
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle })
    // tsx compiles this file with esbuild's keepNames, which wraps functions in `__name(…)`;
    // functions sent to the page need that helper there too.
    await page.addInitScript({ content: 'globalThis.__name = (fn) => fn' })
    await page.addInitScript(OBSERVERS)
    const scripts: Promise<{ encoded: number; decoded: number }>[] = []
    let mockMs = 0
    page.on('response', (response) => {
      const timing = response.headers()['server-timing']
      const match = timing?.match(/mock;dur=([\d.]+)/)
      if (match) mockMs += Number(match[1])
      if (response.request().resourceType() === 'script')
        scripts.push(
          (async () => {
            const sizes = await response.request().sizes()
            const body = await response.body().catch(() => Buffer.alloc(0))
            return { encoded: sizes.responseBodySize, decoded: body.length }
          })(),
        )
    })
    await page.goto(url, { waitUntil: 'load' })
    const firstChart = scenario.chart ? await page.evaluate(FIRST_CHART, 30_000 * throttle) : 0
    await page.waitForLoadState('networkidle')
    // A page may paint after the network is quiet (at 4× its answers are still being parsed and
    // drawn): its paints are read once it has painted. (A function, not a string: the app's CSP
    // forbids evaluating strings.)
    await page.waitForFunction(
      () => performance.getEntriesByName('first-contentful-paint').length > 0,
      null,
      { timeout: 30_000 * throttle },
    )
    await page.waitForTimeout(300)
    const sample: Sample = {}
    const paint = await page.evaluate(() => {
      const w = window as unknown as {
        __bench: { lcp: number; cls: number; longTasks: { start: number; duration: number }[] }
      }
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0
      const tbt = w.__bench.longTasks
        .filter((t) => t.start >= fcp)
        .reduce((s, t) => s + Math.max(0, t.duration - 50), 0)
      return {
        fcp,
        lcp: w.__bench.lcp,
        cls: w.__bench.cls,
        tbt,
        longTasks: w.__bench.longTasks.length,
      }
    })
    const { fcp, lcp, ...rest } = paint
    Object.assign(sample, rest)
    // A paint the browser did not report (seen once in ten loads of the deck under throttling)
    // is left out of the statistics, not counted as painted at 0 ms.
    if (fcp > 0) sample.fcp = fcp
    if (lcp > 0) sample.lcp = lcp
    if (scenario.chart) sample.firstChart = firstChart
    const sizes = await Promise.all(scripts)
    sample.jsEncodedKB = sizes.reduce((s, x) => s + x.encoded, 0) / 1024
    sample.jsDecodedKB = sizes.reduce((s, x) => s + x.decoded, 0) / 1024
    await cdp.send('HeapProfiler.collectGarbage')
    const heap = await cdp.send('Runtime.getHeapUsage')
    sample.heapMB = heap.usedSize / 1024 / 1024
    sample.mockLoadMs = mockMs

    if (scenario.ready) await page.waitForFunction(scenario.ready, null, { timeout: 60_000 })
    for (const interaction of scenario.interactions) {
      const before = await page.evaluate(() => performance.now())
      const mockBefore = mockMs
      sample[`${interaction.name}Ms`] = await interaction.run(page)
      await page.waitForTimeout(200)
      sample[`${interaction.name}LongestTaskMs`] = await page.evaluate(
        (from) =>
          Math.max(
            0,
            ...(
              window as unknown as { __bench: { longTasks: { start: number; duration: number }[] } }
            ).__bench.longTasks
              .filter((t) => t.start >= from)
              .map((t) => t.duration),
          ),
        before,
      )
      sample[`${interaction.name}MockMs`] = mockMs - mockBefore
    }
    return sample
  } finally {
    await context.close()
  }
}

function stats(samples: Sample[]): Record<string, Stat> {
  const keys = new Set(samples.flatMap((s) => Object.keys(s)))
  const out: Record<string, Stat> = {}
  for (const key of keys) {
    const values = samples
      .map((s) => s[key])
      .filter((v): v is number => v !== undefined)
      .sort((a, b) => a - b)
    out[key] = {
      median: values[Math.floor(values.length / 2)] ?? 0,
      min: values[0] ?? 0,
      max: values.at(-1) ?? 0,
    }
  }
  return out
}

// ---- Budgets -------------------------------------------------------------------

type Budget = {
  name: string
  check: (get: (scenario: string, throttle: number, metric: string) => number) => {
    ok: boolean
    detail: string
  }
}
const ratioBudget = (
  name: string,
  scenario: string,
  metric: string,
  floorMetric: string,
  throttle: number,
  max: number,
): Budget => ({
  name,
  check: (get) => {
    const value = get(scenario, throttle, metric)
    const floor = get('floor', throttle, floorMetric)
    const ratio = value / floor
    return {
      ok: ratio <= max,
      detail: `${value.toFixed(1)} / floor ${floor.toFixed(1)} = ${ratio.toFixed(2)}× (≤ ${max}×)`,
    }
  },
})
const absoluteBudget = (
  name: string,
  scenario: string,
  metric: string,
  throttle: number,
  max: number,
): Budget => ({
  name,
  check: (get) => {
    const value = get(scenario, throttle, metric)
    return { ok: value <= max, detail: `${value.toFixed(3)} (≤ ${max})` }
  },
})

/** An interaction's own time: event → painted, less the mock backend's time (Server-Timing). */
const appTimeBudget = (
  name: string,
  scenario: string,
  interaction: string,
  throttle: number,
  max: number,
): Budget => ({
  name,
  check: (get) => {
    const total = get(scenario, throttle, `${interaction}Ms`)
    const mock = get(scenario, throttle, `${interaction}MockMs`)
    const value = total - mock
    return {
      ok: value <= max,
      detail: `${value.toFixed(1)} (${total.toFixed(1)} less the mock's ${mock.toFixed(1)}; ≤ ${max})`,
    }
  },
})

const budgets: Budget[] = [
  ratioBudget(
    'Overview first-load JS (compressed) ≤ 1.4× floor',
    'overview',
    'jsEncodedKB',
    'jsEncodedKB',
    1,
    1.4,
  ),
  ratioBudget('Overview LCP ≤ 1.1× floor at 4×', 'overview', 'lcp', 'lcp', 4, 1.1),
  ratioBudget(
    'Overview first chart painted ≤ 1.3× floor at 4×',
    'overview',
    'firstChart',
    'firstChart',
    4,
    1.3,
  ),
  ratioBudget(
    'Overview filter change ≤ 1.3× floor switch at 4×',
    'overview',
    'filter-yearMs',
    'switchMs',
    4,
    1.3,
  ),
  absoluteBudget('Overview filter change ≤ 200 ms at 4×', 'overview', 'filter-yearMs', 4, 200),
  appTimeBudget(
    'Registry search on national data ≤ 150 ms at 4×',
    'registry-national',
    'search',
    4,
    150,
  ),
  appTimeBudget(
    'Registry paging on national data ≤ 150 ms at 4×',
    'registry-national',
    'page',
    4,
    150,
  ),
  ratioBudget('Overview JS heap after load ≤ 1.5× floor', 'overview', 'heapMB', 'heapMB', 1, 1.5),
  absoluteBudget('Overview CLS ≤ 0.02', 'overview', 'cls', 1, 0.02),
  ...(
    [
      ['overview', 'filter-year'],
      ['overview', 'filter-area'],
      ['indicator', 'drill-down'],
    ] as const
  ).map(([scenario, interaction]) =>
    absoluteBudget(
      `No long task > 200 ms in ${scenario} ${interaction} (default data, 1×)`,
      scenario,
      `${interaction}LongestTaskMs`,
      1,
      200,
    ),
  ),
]

// ---- Main ------------------------------------------------------------------------

async function main() {
  if (!process.argv.includes('--skip-build')) {
    execSync('npx vite build --outDir bench/tmp/app', {
      stdio: 'inherit',
      env: { ...process.env, VITE_MOCKING: 'off' },
    })
    execSync('npx vite build --config bench/floor/vite.config.ts', { stdio: 'inherit' })
    execSync('npx vite build --config bench/stack-floor/vite.config.ts', { stdio: 'inherit' })
  }
  const withNational =
    !process.argv.includes('--skip-national') && (!ONLY || ONLY.includes('registry-national'))
  if (withNational && !existsSync(NATIONAL))
    execSync('npx tsx scripts/generate-national.ts', { stdio: 'inherit' })

  const app = await serve({
    dist: 'bench/tmp/app',
    dataset: 'mocks/data/binh-duong.json',
    port: 4311,
    host: '127.0.0.1',
  })
  const floor = await serve({
    dist: 'bench/tmp/floor',
    dataset: 'mocks/data/binh-duong.json',
    port: 4312,
    host: '127.0.0.1',
  })
  const stack = await serve({
    dist: 'bench/tmp/stack-floor',
    dataset: 'mocks/data/binh-duong.json',
    port: 4314,
    host: '127.0.0.1',
  })
  const national = withNational
    ? await serve({ dist: 'bench/tmp/app', dataset: NATIONAL, port: 4313, host: '127.0.0.1' })
    : undefined
  const bases = { app: app.url, floor: floor.url, stack: stack.url, national: national?.url }
  console.log(
    `mock backend load: default ${app.loadMs.toFixed(0)} ms${national ? `, national ${national.loadMs.toFixed(0)} ms` : ''}`,
  )

  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  })
  const results: Result[] = []
  try {
    const active = scenarios.filter(
      (scenario) => bases[scenario.base] && (!ONLY || ONLY.includes(scenario.name)),
    )
    const url = (scenario: Scenario) => bases[scenario.base] + scenario.path
    for (const throttle of THROTTLES) {
      // One unmeasured warm-up each (server indexes, OS caches).
      for (const scenario of active)
        await measureOnce(browser, url(scenario), scenario, throttle).catch(() => undefined)
      // The runs take turns across scenarios, so that the floor and the app share the machine's
      // conditions of the moment: the budgets compare their ratios.
      const samples = new Map<string, Sample[]>(active.map((scenario) => [scenario.name, []]))
      for (let run = 0; run < RUNS; run++)
        for (const scenario of active) {
          try {
            samples
              .get(scenario.name)
              ?.push(await measureOnce(browser, url(scenario), scenario, throttle))
          } catch (error) {
            console.warn(
              `${scenario.name} ×${throttle} run ${run + 1} failed: ${(error as Error).message.split('\n')[0]}`,
            )
          }
        }
      for (const scenario of active) {
        const list = samples.get(scenario.name) ?? []
        if (list.length > 0)
          results.push({ scenario: scenario.name, throttle, metrics: stats(list) })
        console.log(`measured ${scenario.name} ×${throttle} (${list.length} runs)`)
      }
    }
    // Reported scenario by scenario, as listed.
    const order = (r: Result) => active.findIndex((scenario) => scenario.name === r.scenario)
    results.sort((a, b) => order(a) - order(b) || a.throttle - b.throttle)
  } finally {
    await browser.close()
    for (const s of [app, floor, stack, national]) s?.server.close()
  }

  const get = (scenario: string, throttle: number, metric: string) =>
    results.find((r) => r.scenario === scenario && r.throttle === throttle)?.metrics[metric]
      ?.median ?? Number.NaN
  // With --only, budgets on scenarios that did not run are left out rather than failed.
  const checked = budgets
    .map((b) => ({ name: b.name, ...b.check(get) }))
    .filter((b) => !ONLY || !b.detail.includes('NaN'))
  const report = { date: new Date().toISOString(), runs: RUNS, results, budgets: checked }
  mkdirSync('bench', { recursive: true })
  writeFileSync('bench/results.json', JSON.stringify(report, null, 2) + '\n')
  const md = toMarkdown(results, checked)
  writeFileSync('bench/results.md', md)
  console.log('\n' + md)
  const failed = checked.filter((b) => !b.ok)
  if (failed.length > 0) {
    console.error(
      `\n${failed.length} budget(s) failed:\n${failed.map((b) => `  ✗ ${b.name}: ${b.detail}`).join('\n')}`,
    )
    process.exit(1)
  }
}

function toMarkdown(results: Result[], checked: { name: string; ok: boolean; detail: string }[]) {
  const floorOf = (throttle: number, metric: string) =>
    results.find((r) => r.scenario === 'floor' && r.throttle === throttle)?.metrics[metric]?.median
  const lines = [
    '# Benchmark results',
    '',
    `Median of the runs (min–max); ratio to the floor of the same run where the floor has the metric. Times in ms, sizes in KB, heap in MB.`,
    '',
    '| scenario | CPU | metric | median | min–max | × floor |',
    '| --- | --- | --- | ---: | ---: | ---: |',
  ]
  for (const r of results) {
    for (const [metric, s] of Object.entries(r.metrics)) {
      const floorValue = floorOf(
        r.throttle,
        metric === 'filter-yearMs' || metric === 'filter-areaMs' ? 'switchMs' : metric,
      )
      const ratio =
        floorValue && r.scenario !== 'floor' ? `${(s.median / floorValue).toFixed(2)}×` : ''
      lines.push(
        `| ${r.scenario} | ${r.throttle}× | ${metric} | ${s.median.toFixed(metric === 'cls' ? 3 : 1)} | ${s.min.toFixed(1)}–${s.max.toFixed(1)} | ${ratio} |`,
      )
    }
  }
  lines.push('', '## Budgets', '', '| budget | result | measured |', '| --- | --- | --- |')
  for (const b of checked) lines.push(`| ${b.name} | ${b.ok ? '✓ pass' : '✗ FAIL'} | ${b.detail} |`)
  return lines.join('\n') + '\n'
}

await main()
