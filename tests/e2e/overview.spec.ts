import { expect, test } from '@playwright/test'
import { seriousViolations } from './axe'

test.describe('Overview', () => {
  test('loads with data and draws its charts', async ({ page }) => {
    await page.goto('/')
    await expect(
      page.getByRole('heading', { level: 1, name: /Tổng quan: Tỉnh Bình Dương, năm 2025/ }),
    ).toBeVisible()
    await expect(page.getByText('Dữ liệu minh họa', { exact: true })).toBeVisible()
    const line = page.getByRole('img', { name: /Biểu đồ đường/ })
    await expect(line.locator('.recharts-line-curve').first()).toBeVisible()
    // Charts are drawn as they come near the viewport, as the page is scrolled.
    const bars = page.getByRole('img', { name: /Biểu đồ cột/ })
    await bars.scrollIntoViewIfNeeded()
    await expect(bars.locator('.recharts-bar-rectangle').first()).toBeVisible()
  })

  test('navigation keeps the filters, and the language switch is remembered', async ({ page }) => {
    await page.goto('/?area=718&year=2024')
    await page.getByRole('link', { name: 'Chỉ tiêu', exact: true }).click()
    await expect(page).toHaveURL(/\/targets\?area=718&year=2024$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Chỉ tiêu' })).toBeFocused()

    await page.getByLabel('Ngôn ngữ').selectOption('en')
    await expect(page.getByRole('link', { name: 'Overview' })).toBeVisible()
    await page.getByRole('link', { name: 'Overview' }).click()
    await expect(
      page.getByRole('heading', { level: 1, name: 'Overview: Thành phố Thủ Dầu Một, 2024' }),
    ).toBeVisible()
    await page.reload()
    await expect(
      page.getByRole('heading', { level: 1, name: 'Overview: Thành phố Thủ Dầu Một, 2024' }),
    ).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  })

  test('pointing at a section link starts loading its page, before the click', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    const code = page.waitForRequest(/\/assets\/models-route-[\w-]+\.js$/)
    await page.getByRole('link', { name: 'Mô hình', exact: true }).hover()
    await code
    await page.getByRole('link', { name: 'Mô hình', exact: true }).click()
    await expect(
      page.getByRole('heading', { level: 1, name: 'Mô hình “Dân vận khéo”' }),
    ).toBeVisible()
  })

  test('a page followed to from far down the page opens at its top', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300)
    // Followed where it is, without scrolling to it first (as a link lower on the page would be).
    await page
      .getByRole('link', { name: 'Mô hình', exact: true })
      .evaluate((link: HTMLElement) => link.click())
    await expect(
      page.getByRole('heading', { level: 1, name: 'Mô hình “Dân vận khéo”' }),
    ).toBeFocused()
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0)
  })

  test('a shared URL restores the same view', async ({ page, browser }) => {
    await page.goto('/')
    await page.getByLabel('Huyện/thị xã/thành phố').selectOption({ label: 'Thành phố Dĩ An' })
    await page.getByLabel('Tính đến năm').selectOption('2022')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Tổng quan: Thành phố Dĩ An, năm 2022',
    )
    const shared = page.url()
    await expect(page.locator('.overview-grid')).toHaveAttribute('aria-busy', 'false')
    await expect(page.getByRole('region', { name: /Mô hình “Dân vận khéo”/ })).not.toContainText(
      'Đang tải',
    )
    const kpis =
      (await page.getByRole('region', { name: /Mô hình “Dân vận khéo”/ }).textContent()) ?? ''

    const other = await browser.newPage()
    await other.goto(shared)
    await expect(other.getByRole('heading', { level: 1 })).toHaveText(
      'Tổng quan: Thành phố Dĩ An, năm 2022',
    )
    await expect(other.getByRole('region', { name: /Mô hình “Dân vận khéo”/ })).toHaveText(kpis)
    await other.close()
  })

  for (const language of ['vi', 'en'] as const) {
    test(`axe finds no serious violation on the Overview (${language})`, async ({ page }) => {
      await page.addInitScript(
        (lng) => localStorage.setItem('emulation-tracker.language', lng),
        language,
      )
      await page.goto('/?area=718')
      await expect(page.locator('.recharts-line-curve').first()).toBeVisible({ timeout: 15_000 })
      await page
        .getByRole('button', { name: language === 'vi' ? 'Xem dạng bảng' : 'Show as table' })
        .first()
        .click()
      expect(await seriousViolations(page)).toEqual([])
    })
  }
})
