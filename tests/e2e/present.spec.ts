import { expect, test, type Page } from '@playwright/test'
import { seriousViolations } from './axe'

const current = (page: Page) => page.locator('.slide[data-current]')
const progress = (page: Page) => page.getByRole('progressbar')

test.describe('Presenter deck', () => {
  // The deck renders every slide (and its charts) at once; allow for a busy CI machine.
  test.describe.configure({ timeout: 90_000 })
  test.use({ actionTimeout: 20_000 })

  test('opens from a filtered Overview and moves by keyboard; the URL keeps the slide', async ({
    page,
  }) => {
    await page.goto('/?area=718&year=2024')
    await page.getByRole('link', { name: 'Mở dạng trình chiếu' }).click()
    await expect(page).toHaveURL(/\/present\?area=718&year=2024$/)
    await expect(current(page)).toContainText('Thành phố Thủ Dầu Một', { timeout: 20_000 })
    await expect(current(page)).toContainText('Kết quả tính đến năm 2024')
    // The app's header and filters are not part of the deck.
    await expect(page.getByRole('navigation', { name: 'Mục chính' })).toBeHidden()
    const count = Number(await progress(page).getAttribute('max'))
    expect(count).toBeGreaterThan(5)

    await page.keyboard.press('ArrowRight')
    await expect(page).toHaveURL(/slide=2/)
    await expect(current(page)).toHaveAttribute('aria-label', /^Trang 2\//)
    await page.keyboard.press('Space')
    await page.keyboard.press('PageDown')
    await expect(page).toHaveURL(/slide=4/)
    await expect(current(page).locator('.recharts-line-curve').first()).toBeVisible({
      timeout: 20_000,
    })
    await page.keyboard.press('ArrowLeft')
    await expect(page).toHaveURL(/slide=3/)
    await page.keyboard.press('End')
    await expect(page).toHaveURL(new RegExp(`slide=${count}`))
    await expect(current(page)).toContainText('Cần tập trung chỉ đạo')
    await page.keyboard.press('Home')
    await page.keyboard.type('5')
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/slide=5/)
    await expect(progress(page)).toHaveAttribute('value', '5')
    await page.keyboard.press('Escape')
    await expect(page).toHaveURL(/\/\?area=718&year=2024$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Tổng quan: Thành phố Thủ Dầu Một, năm 2024',
    )
  })

  test('a pasted URL opens its slide, and a tour steps through every district', async ({
    page,
  }) => {
    await page.goto('/present?tour=targets&slide=3')
    await expect(current(page)).toHaveAttribute('aria-label', /^Trang 3\/10: Tình hình thực hiện/, {
      timeout: 20_000,
    })
    await expect(current(page).getByRole('table')).toBeVisible({ timeout: 20_000 })
    await page.keyboard.press('ArrowRight')
    await expect(current(page)).toHaveAttribute('aria-label', /^Trang 4\/10/)
  })

  test('prints as a handout: one landscape page per slide', async ({ page }) => {
    await page.goto('/present?area=718')
    await expect(current(page).locator('.slide__title')).toBeVisible({ timeout: 20_000 })
    const count = Number(await progress(page).getAttribute('max'))
    // Every slide's figures are in place before printing.
    await expect(page.locator('.slide .skeleton')).toHaveCount(0, { timeout: 20_000 })
    // Slides away from the current one are drawn for the printout (after the app's own
    // `beforeprint` listeners, every chart on every slide is drawn).
    await page.evaluate(() =>
      window.addEventListener('beforeprint', () => {
        const frames = [...document.querySelectorAll('.slide figure.chart-frame')]
        const drawn = frames.filter((frame) => frame.querySelector('.recharts-wrapper'))
        document.body.dataset.printed = `${drawn.length}/${frames.length}`
      }),
    )
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
    const [drawn, frames] = (await page.locator('body').getAttribute('data-printed'))!.split('/')
    expect(Number(frames)).toBeGreaterThan(1)
    expect(drawn).toBe(frames)
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []
    expect(pages).toHaveLength(count)
    const size = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf.toString('latin1'))
    expect(Number(size?.[1])).toBeGreaterThan(Number(size?.[2])) // landscape
  })

  test('axe finds no serious violation in the deck', async ({ page }) => {
    await page.goto('/present?area=718&slide=4')
    await expect(current(page).locator('.recharts-line-curve').first()).toBeVisible({
      timeout: 20_000,
    })
    expect(await seriousViolations(page)).toEqual([])
  })
})
