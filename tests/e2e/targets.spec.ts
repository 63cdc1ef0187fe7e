import { expect, test, type Page } from '@playwright/test'

const households = 'de-an-02.2'

/** Presses Tab until a link of the league table has focus (keyboard only, no clicks). */
async function tabToLeagueLink(page: Page, name: string) {
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => {
      const el = document.activeElement
      return el?.closest('.league-table') ? el.textContent : null
    })
    if (focused === name) return
  }
  throw new Error(`Could not reach the link ${name} with Tab`)
}

/** The name of the league table's first row (the best-ranked child). */
const topOfLeague = (page: Page) =>
  page.locator('.league-table tbody tr').first().locator('th a').innerText()

test.describe('Targets: drill-down, comparison, accessibility', () => {
  test('drill down province → district → commune by mouse, then back', async ({ page }) => {
    await page.goto(`/targets/${households}?year=2024`)
    await expect(page.getByRole('heading', { level: 1 })).toContainText('02.2')
    const chart = page.getByRole('img', { name: /Biểu đồ cột: tỷ lệ đạt/ })
    await chart.scrollIntoViewIfNeeded()
    await expect(chart.locator('.recharts-bar-rectangle').first()).toBeVisible()
    const district = await topOfLeague(page)
    // the first bar is the best-ranked district
    await chart.locator('.recharts-bar-rectangle').first().click()
    const breadcrumb = page.getByRole('navigation', { name: 'Vị trí địa bàn' })
    await expect(breadcrumb).toContainText(district)
    await expect(page).toHaveURL(/area=\d+/)
    await expect(page.locator('.league-table caption')).toContainText(district)

    const commune = await topOfLeague(page)
    await page.locator('.league-table tbody tr').first().locator('td').first().click()
    await expect(breadcrumb).toContainText(commune)
    await expect(page.getByText(`${commune} là địa bàn cấp cơ sở`)).toBeVisible()

    await page.goBack()
    await expect(page.locator('.league-table caption')).toContainText(district)
    await page.goBack()
    await expect(page.locator('.league-table caption')).toContainText('Tỉnh Bình Dương')
    await expect(page).toHaveURL(new RegExp(`/targets/${households}\\?year=2024$`))
  })

  test('drill down province → district → commune by keyboard alone, then back', async ({
    page,
  }) => {
    await page.goto(`/targets/${households}`)
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
    const district = await topOfLeague(page)
    await tabToLeagueLink(page, district)
    await page.keyboard.press('Enter')
    await expect(page.getByRole('navigation', { name: 'Vị trí địa bàn' })).toContainText(district)
    await expect(page.locator('.league-table caption')).toContainText(district)

    const commune = await topOfLeague(page)
    await tabToLeagueLink(page, commune)
    await page.keyboard.press('Enter')
    await expect(page.getByText(`${commune} là địa bàn cấp cơ sở`)).toBeVisible()
    await page.goBack()
    await expect(page.locator('.league-table caption')).toContainText(district)
  })

  test('a pasted comparison URL restores two districts side by side', async ({ page }) => {
    await page.goto('/areas/compare?ids=718,724&year=2024')
    await expect(page.getByRole('heading', { level: 1, name: 'So sánh địa bàn' })).toBeVisible()
    const table = page.getByRole('table', {
      name: 'Các chỉ tiêu của Thành phố Thủ Dầu Một, Thành phố Dĩ An, năm 2024',
    })
    await expect(table).toBeVisible()
    const chart = page.getByRole('img', { name: /Biểu đồ cột nhóm/ })
    await chart.scrollIntoViewIfNeeded()
    await expect(chart.locator('.recharts-bar-rectangle').first()).toBeVisible()
    // In the order they were chosen, not by name.
    await expect(chart.locator('.recharts-legend-item-text')).toHaveText([
      'Thành phố Thủ Dầu Một',
      'Thành phố Dĩ An',
    ])
  })

  test('the tile map is keyboard-reachable with a tooltip, and a tile opens the child', async ({
    page,
  }) => {
    await page.goto('/areas?area=74')
    const map = page.getByRole('navigation', { name: /^Bản đồ ô/ })
    const tile = map.getByRole('link').first()
    await tile.focus()
    await expect(map.getByRole('tooltip').first()).toBeVisible()
    const name = (await tile.locator('.tile__name').innerText()).trim()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      `Hồ sơ địa bàn: ${name}, năm 2025`,
    )
  })
  // axe on these pages, in vi, en and de: tests/e2e/accessibility.spec.ts
})

test.describe('Targets: fits an ordinary laptop screen', () => {
  test.use({ viewport: { width: 1280, height: 800 } })
  for (const language of ['vi', 'en', 'de'] as const)
    test(`the scorecard shows every column without scrolling sideways (${language})`, async ({
      page,
    }) => {
      await page.addInitScript(
        (lng) => localStorage.setItem('emulation-tracker.language', lng),
        language,
      )
      await page.goto('/targets')
      const table = page.locator('.scorecard .table-scroll')
      await expect(table.locator('tbody tr')).toHaveCount(12)
      await page.evaluate(() => document.fonts.ready)
      const overflow = await table.evaluate((el) => el.scrollWidth - el.clientWidth)
      expect(overflow).toBeLessThanOrEqual(0)
    })
})
