import { expect, test, type Page } from '@playwright/test'
import { injectFaults, pageErrors, panels, setFaults, settled, type Fault } from './faults'
import { openReportForm } from './report-form'

// Faults are injected into the mock backend (mocks/faults.ts): the service worker answers the
// API inside the page, so page.route() cannot. Retryable failures (5xx, network, timeout) are
// retried twice by the query client before a panel gives up; timeouts take 3 × 4 s.
test.describe.configure({ mode: 'parallel', timeout: 60_000 })

const RETRY = 'Thử lại'
const messages = {
  '500': /Máy chủ gặp lỗi \(500\)/,
  timeout: /Máy chủ phản hồi quá lâu/,
  malformed: /Máy chủ trả về dữ liệu không đọc được/,
  shape: /Dữ liệu từ máy chủ không đúng định dạng/,
  network: /Không kết nối được máy chủ/,
} as const

const failedPanels = (page: Page, message: RegExp) =>
  panels(page).filter({ has: page.getByRole('alert').filter({ hasText: message }) })

/** The first panel that fails with `message`, pinned by its title (other panels may fail too). */
async function failedPanel(page: Page, message: RegExp, timeout = 30_000) {
  const first = failedPanels(page, message).first()
  await expect(first).toBeVisible({ timeout })
  const title = await first.locator('.panel__title').innerText()
  return page.getByRole('region', { name: title, exact: true })
}

/** A panel that finished loading without an error. */
const healthyPanels = (page: Page) =>
  panels(page)
    .filter({ hasNot: page.getByRole('alert') })
    .filter({ hasNot: page.locator('.skeleton') })

type Case = {
  url: string
  fault: Fault & { kind: keyof typeof messages }
  /** The page has no other panel: the header and filter bar are what must keep working. */
  single?: boolean
}

const cases: Case[] = [
  { url: '/?area=718', fault: { path: '/models/stats', kind: '500' } },
  { url: '/targets?area=718', fault: { path: '/measurements', kind: 'malformed' } },
  { url: '/targets/de-an-02.2?area=718', fault: { path: '/measurements/figures', kind: 'shape' } },
  { url: '/areas?area=718', fault: { path: '/models/stats', kind: 'timeout' } },
  { url: '/areas/compare?ids=718,724', fault: { path: '/measurements', kind: '500' } },
  { url: '/models?area=718', fault: { path: '/models/summary', kind: 'shape' } },
  {
    url: '/models/mh-0001',
    fault: { path: '/models/mh-0001/lineage', kind: 'malformed' },
    single: true,
  },
  { url: '/models/replication', fault: { path: '/models/most-replicated', kind: '500' } },
  {
    url: '/models/recognition',
    fault: { path: '/models/recognition', kind: 'shape' },
    single: true,
  },
  {
    url: '/report?indicator=de-an-02.2&area=718&year=2025',
    fault: { path: '/measurements/worklist', kind: 'malformed' },
  },
  {
    url: '/report/review',
    fault: { path: '/measurements/worklist', kind: '500' },
    single: true,
  },
  {
    url: '/report/history/m-02.2-25747-2025',
    fault: { path: '/measurements/m-02.2-25747-2025/history', kind: 'shape' },
    single: true,
  },
]

test.describe('Resilience: a failing endpoint', () => {
  for (const { url, fault, single } of cases) {
    test(`${url}: ${fault.path} answers ${fault.kind} → the panel explains, the rest works, a retry recovers`, async ({
      page,
    }) => {
      const errors = pageErrors(page)
      await injectFaults(page, [fault])
      await page.goto(url)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      const failed = await failedPanel(page, messages[fault.kind])
      await expect(failed.getByRole('button', { name: RETRY })).toBeVisible()
      // The rest of the page keeps working.
      if (single) await expect(page.getByRole('navigation', { name: 'Mục chính' })).toBeVisible()
      else await expect(healthyPanels(page).first()).toBeVisible({ timeout: 15_000 })

      await setFaults(page, [])
      await failed.getByRole('button', { name: RETRY }).click()
      await expect(failed.getByRole('alert')).toHaveCount(0, { timeout: 15_000 })
      await expect(failed.locator('.skeleton')).toHaveCount(0, { timeout: 15_000 })
      expect(errors).toEqual([])
    })
  }

  test('the deck: a failing slide explains itself, the others still show', async ({ page }) => {
    const errors = pageErrors(page)
    await injectFaults(page, [{ path: '/models/stats', kind: 'shape' }])
    await page.goto('/present?area=718&slide=2')
    const current = page.locator('.slide[data-current]')
    const alert = current.getByRole('alert').filter({ hasText: messages.shape })
    await expect(alert).toBeVisible({ timeout: 20_000 })
    await page.keyboard.press('ArrowRight')
    await expect(current).toHaveAttribute('aria-label', /^Trang 3\//)
    await expect(current.getByRole('alert')).toHaveCount(0)
    await expect(current.locator('.skeleton')).toHaveCount(0, { timeout: 20_000 })
    await page.keyboard.press('ArrowLeft')
    await setFaults(page, [])
    await alert.getByRole('button', { name: RETRY }).click()
    await expect(current.getByRole('alert')).toHaveCount(0, { timeout: 15_000 })
    expect(errors).toEqual([])
  })

  test('shared reference data failing keeps the header and navigation working', async ({
    page,
  }) => {
    const errors = pageErrors(page)
    await injectFaults(page, [{ path: '/areas', kind: 'malformed' }])
    await page.goto('/targets')
    await expect(
      page.getByRole('alert').filter({ hasText: messages.malformed }).first(),
    ).toBeVisible()
    await expect(page.getByRole('navigation', { name: 'Mục chính' })).toBeVisible()
    await setFaults(page, [])
    await page.getByRole('button', { name: RETRY }).first().click()
    await page
      .getByRole('button', { name: RETRY })
      .first()
      .click({ timeout: 2000 })
      .catch(() => {})
    await expect(page.getByRole('heading', { level: 1, name: 'Chỉ tiêu' })).toBeVisible()
    await expect(page.getByRole('alert')).toHaveCount(0)
    expect(errors).toEqual([])
  })

  test('empty answers show empty states, not errors', async ({ page }) => {
    const errors = pageErrors(page)
    await injectFaults(page, [
      { path: '/models', kind: 'empty', body: { items: [], total: 0, page: 1, pageSize: 20 } },
      { path: '/models/stats', kind: 'empty' },
      { path: '/measurements', kind: 'empty' },
      { path: '/measurements/figures', kind: 'empty' },
      { path: '/measurements/worklist', kind: 'empty' },
      { path: '/models/most-replicated', kind: 'empty' },
    ])
    const urls: [string, RegExp][] = [
      ['/?area=718', /./],
      ['/targets', /./],
      ['/models', /Không có mô hình nào phù hợp/],
      ['/models/replication', /./],
      ['/report/review', /Không có số liệu nào đang chờ xác minh/],
    ]
    for (const [url, empty] of urls) {
      await page.goto(url)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await settled(page)
      await expect(page.getByRole('alert'), url).toHaveCount(0)
      await expect(page.getByRole('main').getByText(empty).first(), url).toBeVisible()
    }
    expect(errors).toEqual([])
  })
})

test.describe('Resilience: offline', () => {
  test('a banner appears, loaded figures stay, new requests fail with a retry that works once back online', async ({
    page,
    context,
  }) => {
    const errors = pageErrors(page)
    await page.goto('/?area=718')
    await settled(page)
    const curve = page.getByRole('img', { name: /Biểu đồ đường/ }).locator('.recharts-line-curve')
    await expect(curve.first()).toBeVisible()

    await context.setOffline(true)
    const banner = page.getByText('Mất kết nối mạng.')
    await expect(banner).toBeVisible()
    await expect(curve.first()).toBeVisible()
    await page.screenshot({ path: test.info().outputPath('offline-banner.png') })

    // Another area needs new figures: its panels say the server cannot be reached.
    await page.getByLabel('Huyện/thị xã/thành phố').selectOption({ label: 'Thành phố Dĩ An' })
    const failed = await failedPanel(page, messages.network, 20_000)
    await page.screenshot({ path: test.info().outputPath('offline-error.png'), fullPage: true })
    await context.setOffline(false)
    await expect(banner).toBeHidden()
    await failed.getByRole('button', { name: RETRY }).click()
    await expect(failed.getByRole('alert')).toHaveCount(0, { timeout: 15_000 })
    await expect(failed.locator('.skeleton')).toHaveCount(0, { timeout: 15_000 })

    // A page whose code is not loaded yet: explained inside the shell, which keeps working.
    await context.setOffline(true)
    await page.getByRole('link', { name: 'Mô hình', exact: true }).click()
    await expect(page.getByText(/Không tải được phần này của ứng dụng/)).toBeVisible()
    await expect(page.getByRole('navigation', { name: 'Mục chính' })).toBeVisible()
    await context.setOffline(false)
    await page.getByRole('button', { name: RETRY }).click()
    await expect(
      page.getByRole('heading', { level: 1, name: 'Mô hình “Dân vận khéo”' }),
    ).toBeVisible({ timeout: 15_000 })
    expect(errors).toEqual([])
  })
})

test.describe('Resilience: slow API and the URL', () => {
  test('a 2 s API shows skeletons without layout jumps (CLS ≤ 0.1)', async ({ page }) => {
    test.setTimeout(90_000)
    await injectFaults(page, [{ path: '/*', kind: 'slow', ms: 2000 }])
    await page.addInitScript(() => {
      const w = window as unknown as { cls: number }
      w.cls = 0
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number
          hadRecentInput: boolean
        })[])
          if (!entry.hadRecentInput) w.cls += entry.value
      }).observe({ type: 'layout-shift', buffered: true })
    })
    for (const url of ['/?area=718', '/targets?area=718', '/models?area=718', '/report/review']) {
      await page.goto(url)
      await expect(page.locator('.skeleton').first()).toBeVisible()
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 20_000 })
      await settled(page, 30_000)
      await page.waitForTimeout(300)
      const cls = await page.evaluate(() => (window as unknown as { cls: number }).cls)
      expect(cls, url).toBeLessThanOrEqual(0.1)
    }
  })

  test('garbage in the URL falls back to defaults with a notice, never a crash', async ({
    page,
  }) => {
    const errors = pageErrors(page)
    await page.addInitScript(() => {
      ;(window as unknown as { xss?: number }).xss = undefined
    })
    const long = 'x'.repeat(5000)
    const script = encodeURIComponent('<script>window.xss=1</script>')
    const urls: [string, RegExp][] = [
      [`/?area=bogus&year=1900&indicator=${script}`, /Tổng quan: Tỉnh Bình Dương, năm 2025/],
      [`/targets?area=${long}&year=${long}`, /Chỉ tiêu/],
      [`/targets/${script}?year=1900`, /./],
      [`/areas?area=${long}&tiles=${script}`, /Hồ sơ địa bàn: Tỉnh Bình Dương/],
      [`/areas/compare?ids=${long},${script}`, /So sánh địa bàn/],
      [`/models?q=${long}&field=${script}&page=-3&sort=${script}`, /Mô hình/],
      [`/models/${script}`, /./],
      [`/report?indicator=${script}&area=${long}&year=1900`, /./],
      [`/report/history/${script}`, /./],
      [`/present?slide=99999&tour=${script}&area=${long}`, /./],
    ]
    for (const [url, heading] of urls) {
      await page.goto(url)
      if (url.startsWith('/present'))
        await expect(page.locator('.slide[data-current]')).toBeVisible({ timeout: 20_000 })
      else await expect(page.getByRole('heading', { level: 1 }), url).toHaveText(heading)
      if (!/^\/(models|report\/history|targets)\/%3C|^\/present/.test(url))
        await expect(page.locator('.notice--warning').first(), url).toBeVisible()
      await expect(page.getByText('Không mở được trang này'), url).toHaveCount(0)
    }
    expect(await page.evaluate(() => (window as unknown as { xss?: number }).xss)).toBeUndefined()
    expect(errors).toEqual([])
  })
})

test.describe('Resilience: security', () => {
  test('names with HTML render as text, under a CSP that reports no violation', async ({
    page,
  }) => {
    // Violations are kept across navigations (sessionStorage) and read at the end.
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const seen = JSON.parse(sessionStorage.getItem('csp-violations') ?? '[]') as string[]
        seen.push(`${event.violatedDirective}: ${event.blockedURI}`)
        sessionStorage.setItem('csp-violations', JSON.stringify(seen))
      })
    })
    const response = await page.goto('/models/mh-0001')
    const csp = response?.headers()['content-security-policy'] ?? ''
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toContain("unsafe-inline' ;script")
    expect(csp).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()

    // Take a real model and an area from the API, give them hostile names, serve those.
    const evil = '<img src=x onerror="window.xss=1"><script>window.xss=1</script>'
    const { model, areas } = await page.evaluate(async () => {
      const get = async (path: string) => (await fetch(`/api/v1${path}`)).json() as Promise<unknown>
      return {
        model: (await get('/models/mh-0001')) as Record<string, unknown>,
        areas: (await get('/areas')) as Record<string, unknown>[],
      }
    })
    const hostile = { ...model, name: `Mô hình ${evil}` }
    const hostileAreas = areas.map((a) => (a.id === '718' ? { ...a, name: `Phường ${evil}` } : a))
    await setFaults(page, [
      { path: '/models/mh-0001', kind: 'empty', body: hostile },
      {
        path: '/models',
        kind: 'empty',
        body: { items: [hostile], total: 1, page: 1, pageSize: 20 },
      },
      { path: '/areas', kind: 'empty', body: hostileAreas },
    ])
    await page.reload()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Mô hình ${evil}`)
    await page.getByRole('link', { name: 'Mô hình', exact: true }).click()
    await expect(page.getByRole('link', { name: `Mô hình ${evil}` })).toBeVisible()
    await page.goto('/?area=718')
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`Phường ${evil}`)
    await settled(page)
    await page.goto('/targets?area=718')
    await expect(page.getByRole('navigation', { name: 'Vị trí địa bàn' })).toContainText(evil)
    await settled(page)
    expect(await page.locator('main img[src="x"], main script').count()).toBe(0)
    const state = await page.evaluate(() => ({
      violations: JSON.parse(sessionStorage.getItem('csp-violations') ?? '[]') as string[],
      xss: (window as unknown as { xss?: number }).xss,
    }))
    expect(state.xss).toBeUndefined()
    expect(state.violations).toEqual([])
  })
})

test.describe('Resilience: forms keep typed input', () => {
  test('registering a model survives a reload and a failed save', async ({ page }) => {
    await page.addInitScript(() =>
      localStorage.setItem('emulation-tracker.mock-user', 'user-editor-25747'),
    )
    await page.goto('/models/new?area=25747')
    const name = page.getByRole('textbox', { name: /Tên mô hình/ })
    await expect(name).toBeVisible({ timeout: 15_000 })
    await name.fill('Tổ hòa giải kiểu mới')
    await page.getByLabel(/Địa bàn/).selectOption('25747')
    await page.getByLabel(/Đơn vị chủ trì/).selectOption('u-25747-youth-union')
    await page.getByLabel(/Phong trào/).selectOption('dan-van-kheo')
    await page.getByLabel(/Lĩnh vực/).selectOption('cultural-social')
    await page.getByLabel(/Ngày bắt đầu/).fill('2025-03-01')
    await page.reload()
    await expect(name).toHaveValue('Tổ hòa giải kiểu mới', { timeout: 15_000 })
    await expect(page.getByLabel(/Ngày bắt đầu/)).toHaveValue('2025-03-01')

    await setFaults(page, [{ path: '/models', method: 'POST', kind: '500' }])
    await page.getByRole('button', { name: 'Đăng ký mô hình' }).click()
    await expect(page.getByRole('alert').filter({ hasText: messages['500'] })).toBeVisible()
    await expect(name).toHaveValue('Tổ hòa giải kiểu mới')
    await setFaults(page, [])
    await page.getByRole('button', { name: 'Đăng ký mô hình' }).click()
    await expect(
      page.getByRole('heading', { level: 1, name: 'Tổ hòa giải kiểu mới' }),
    ).toBeVisible()
  })

  test('reporting a figure survives a reload and a failed save', async ({ page }) => {
    const { form, numerator } = await openReportForm(page)
    await numerator.fill('1.450')
    await form.getByLabel(/Tổng số hộ gia đình/).fill('2.000')
    await page.reload()
    await expect(numerator).toHaveValue('1.450', { timeout: 15_000 })

    await setFaults(page, [
      { path: '/measurements*', method: 'POST', kind: '500' },
      { path: '/measurements/*', method: 'PATCH', kind: '500' },
    ])
    await form.getByRole('button', { name: 'Lưu và gửi xác minh' }).click()
    await expect(form.getByRole('alert').filter({ hasText: messages['500'] })).toBeVisible()
    await expect(numerator).toHaveValue('1.450')
    await setFaults(page, [])
    await form.getByRole('button', { name: 'Lưu và gửi xác minh' }).click()
    await expect(form.getByText('Đã lưu và gửi để xác minh.')).toBeVisible()
  })

  test('a failed import keeps the checked file for another try', async ({ page }) => {
    await page.goto('/report/import')
    await expect(page.getByLabel('Chọn tệp CSV')).toBeVisible({ timeout: 15_000 })
    const csv = 'Mã chỉ tiêu;Mã địa bàn;Năm;Kết quả;Tử số;Mẫu số;Ghi chú\r\n02.8;718;2025;7;;;\r\n'
    await page.getByLabel('Chọn tệp CSV').setInputFiles({
      name: 'so-lieu.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    })
    const result = page.getByRole('region', { name: 'Kết quả kiểm tra tệp' })
    const apply = result.getByRole('button', { name: /Nhập số liệu \(1 thay đổi\)/ })
    await expect(apply).toBeVisible()
    await setFaults(page, [{ path: '/measurements/import', kind: '500' }])
    await apply.click()
    await expect(page.getByRole('alert').filter({ hasText: messages['500'] })).toBeVisible()
    await expect(apply).toBeVisible()
    await setFaults(page, [])
    await apply.click()
    await expect(page.getByText(/Đã nhập xong: thêm mới 1/)).toBeVisible()
  })
})
