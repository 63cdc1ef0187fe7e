import { expect, test, type Locator, type Page } from '@playwright/test'
import { seriousViolations } from './axe'
import { injectFaults, settled } from './faults'
import { openReportForm } from './report-form'

// Keyboard drill-down (targets.spec.ts), the deck by keyboard (present.spec.ts) and the tile
// map (targets.spec.ts) are covered where they live; this file adds the rest.
test.describe.configure({ mode: 'parallel', timeout: 90_000 })

const LANGUAGE_KEY = 'emulation-tracker.language'
const languages = ['vi', 'en', 'de'] as const

/** Runs axe in each language: the language is switched in storage and the page reloaded. */
async function axeInEveryLanguage(page: Page, url: string, ready: (page: Page) => Promise<void>) {
  await page.goto(url)
  for (const language of languages) {
    await page.evaluate(([key, lng]) => localStorage.setItem(key, lng), [
      LANGUAGE_KEY,
      language,
    ] as const)
    await page.reload()
    await expect(page.locator('html')).toHaveAttribute('lang', language)
    await ready(page)
    expect(await seriousViolations(page), `${url} (${language})`).toEqual([])
  }
}

const loaded = async (page: Page) => {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 20_000 })
  await settled(page)
}

const routes = [
  '/?area=718',
  '/targets?area=718',
  '/targets/de-an-02.2?area=718',
  '/areas?area=718',
  '/areas/compare?ids=718,724',
  '/models?area=718',
  '/models/mh-0001',
  '/models/new',
  '/models/mh-0001/edit',
  '/models/replication',
  '/models/recognition',
  '/report?indicator=de-an-02.2&area=25747&year=2025',
  '/report/review',
  '/report/history/m-02.2-25747-2025',
  '/report/import',
  '/no-such-page',
]

test.describe('axe: no serious or critical violation in vi, en and de', () => {
  for (const url of routes) {
    test(`${url} with data`, async ({ page }) => {
      await axeInEveryLanguage(page, url, loaded)
    })
  }

  test('/present (a chart slide)', async ({ page }) => {
    await axeInEveryLanguage(page, '/present?area=718&slide=4', async (p) => {
      await expect(p.locator('.slide[data-current] .recharts-line-curve').first()).toBeVisible({
        timeout: 20_000,
      })
    })
  })

  for (const [url, path] of [
    ['/?area=718', '/models/stats'],
    ['/models?area=718', '/models'],
    ['/report/review', '/measurements/worklist'],
  ] as const) {
    test(`${url} with an error state`, async ({ page }) => {
      await injectFaults(page, [{ path, kind: 'shape' }])
      await axeInEveryLanguage(page, url, async (p) => {
        await loaded(p)
        await expect(p.locator('.error-message').first()).toBeVisible()
      })
    })
  }
})

/** Presses Tab until `target` has focus (keyboard only). */
async function tabTo(page: Page, target: Locator, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab')
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return
  }
  throw new Error(`Could not reach ${target.toString()} with Tab`)
}

test.describe('Keyboard only', () => {
  test('search the registry and open a model', async ({ page }) => {
    await page.goto('/models')
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused({ timeout: 15_000 })
    const box = page.getByRole('searchbox', { name: 'Tìm theo tên, nội dung' })
    await tabTo(page, box)
    await page.keyboard.type('ca phe sang', { delay: 20 })
    const table = page.getByRole('table', { name: 'Các mô hình phù hợp với bộ lọc' })
    const first = table.getByRole('link').first()
    await expect(first).toHaveText('Cà phê sáng – trò chuyện cùng dân')
    await tabTo(page, first)
    await page.keyboard.press('Enter')
    const heading = page.getByRole('heading', {
      level: 1,
      name: 'Cà phê sáng – trò chuyện cùng dân',
    })
    await expect(heading).toBeFocused()
  })

  test('report a figure', async ({ page }) => {
    const { form, numerator } = await openReportForm(page)
    await tabTo(page, numerator)
    await page.keyboard.type('1.450')
    const denominator = form.getByLabel(/Tổng số hộ gia đình/)
    await tabTo(page, denominator, 10)
    await page.keyboard.type('2.000')
    await expect(form.getByRole('status', { name: 'Kết quả' })).toHaveText(/^72,5\s?%$/)
    await tabTo(page, form.getByRole('button', { name: 'Lưu và gửi xác minh' }), 30)
    await page.keyboard.press('Enter')
    await expect(form.getByText('Đã lưu và gửi để xác minh.')).toBeVisible()
  })

  test('focus moves to the page heading on every navigation', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused({ timeout: 15_000 })
    const nav = page.getByRole('navigation', { name: 'Mục chính' })
    for (const [link, heading] of [
      ['Chỉ tiêu', /^Chỉ tiêu/],
      ['Địa bàn', /^Hồ sơ địa bàn/],
      ['Mô hình', /^Mô hình/],
      ['Báo cáo số liệu', /./],
      ['Tổng quan', /^Tổng quan/],
    ] as const) {
      await nav.getByRole('link', { name: link, exact: true }).focus()
      await page.keyboard.press('Enter')
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading)
      await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
    }
  })

  test('filter changes are announced politely', async ({ page }) => {
    await page.goto('/targets')
    const live = page.locator('.filter-bar [aria-live="polite"]')
    await expect(live).toHaveText('Đang hiển thị Tỉnh Bình Dương, năm 2025')
    await page.getByLabel('Huyện/thị xã/thành phố').focus()
    await page.keyboard.press('ArrowDown') // a native select changes on arrow keys
    await expect(live).toHaveText(/^Đang hiển thị (?!Tỉnh Bình Dương).+, năm 2025$/)
    await page.getByLabel('Tính đến năm').selectOption('2023')
    await expect(live).toHaveText(/, năm 2023$/)
  })

  test('every focused control shows a visible focus indicator', async ({ page }) => {
    for (const url of ['/?area=718', '/models', '/report/import']) {
      await page.goto(url)
      await loaded(page)
      const missing: string[] = []
      for (let i = 0; i < 35; i++) {
        await page.keyboard.press('Tab')
        const result = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null
          if (!el || el === document.body) return null
          const style = getComputedStyle(el)
          const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2
          const shadow = style.boxShadow !== 'none'
          const name = `${el.tagName.toLowerCase()} “${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 40)}”`
          return outline || shadow ? '' : name
        })
        if (result) missing.push(result)
      }
      expect(missing, url).toEqual([])
    }
  })
})

test.describe('Reduced motion', () => {
  test('charts draw without animation when the user prefers reduced motion', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' })
    for (const url of ['/?area=718', '/targets/de-an-02.2?area=718', '/models?area=718']) {
      await page.goto(url)
      // Charts are drawn as they come near the viewport (the registry's are below its list).
      await page.locator('figure.chart-frame').first().scrollIntoViewIfNeeded()
      const shapes = page.locator('.recharts-bar-rectangle path, .recharts-line-curve')
      await expect(shapes.first()).toBeVisible({ timeout: 20_000 })
      // Every frame for 600 ms: an animation glides through many drawings. One more drawing is
      // a jump, not a motion: a chart kept while away may be brought up to date as it comes in.
      const drawings = await page.evaluate(async () => {
        const seen = new Set<string>()
        const start = performance.now()
        while (performance.now() - start < 600) {
          const shapes = document.querySelectorAll(
            '.recharts-bar-rectangle path, .recharts-line-curve',
          )
          seen.add(Array.from(shapes, (el) => el.getAttribute('d')).join('|'))
          await new Promise((resolve) => requestAnimationFrame(resolve))
        }
        return seen.size
      })
      expect(drawings, `${url}: the shapes moved`).toBeLessThanOrEqual(2)
      // No CSS animation or transition longer than the reduced-motion rule allows.
      const running = await page.evaluate(
        () =>
          document
            .getAnimations()
            .filter((a) => Number(a.effect?.getComputedTiming().duration ?? 0) > 1).length,
      )
      expect(running, url).toBe(0)
    }
  })
})
