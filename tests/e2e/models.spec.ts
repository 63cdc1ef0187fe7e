import { expect, test } from '@playwright/test'
import { seriousViolations } from './axe'
import { injectFaults, pageErrors, setFaults } from './faults'

test.describe('Models', () => {
  test('find a model typing without diacritics, open it and follow its lineage to the original', async ({
    page,
  }) => {
    await page.goto('/models')
    const box = page.getByRole('searchbox', { name: 'Tìm theo tên, nội dung' })
    await box.pressSequentially('ca phe sang', { delay: 40 })
    await expect(box).toHaveValue('ca phe sang')
    await expect(page).toHaveURL(/\/models\?q=ca\+phe\+sang$/)
    const table = page.getByRole('table', { name: 'Các mô hình phù hợp với bộ lọc' })
    await expect(table.getByRole('link').first()).toHaveText('Cà phê sáng – trò chuyện cùng dân')
    // Newest first: a replica several steps from the original.
    await page.getByRole('button', { name: /Ngày bắt đầu/ }).click()
    await page.getByRole('button', { name: /Ngày bắt đầu/ }).click()
    await expect(page).toHaveURL(/sort=startedOn&order=desc/)
    await table.getByRole('link').first().click()

    await expect(
      page.getByRole('heading', { level: 1, name: 'Cà phê sáng – trò chuyện cùng dân' }),
    ).toBeVisible()
    const chain = page.getByRole('list', {
      name: 'Chuỗi nhân rộng, từ mô hình gốc đến mô hình này',
    })
    await expect(chain.getByRole('listitem').first()).toContainText('gốc')
    expect(await chain.getByRole('listitem').count()).toBeGreaterThan(2)
    await chain.getByRole('link').first().click()
    await expect(page.getByText('Đây là mô hình gốc.')).toBeVisible()
    const timeline = page.getByRole('img', { name: /số mô hình nhân rộng mỗi năm/ })
    await expect(timeline).toBeVisible()
    await timeline.scrollIntoViewIfNeeded()
    await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible()
    expect(await seriousViolations(page)).toEqual([])
  })

  test('the registry draws its charts and is axe clean', async ({ page }) => {
    await page.goto('/models?area=718')
    await expect(
      page.getByRole('heading', { level: 1, name: 'Mô hình “Dân vận khéo”' }),
    ).toBeVisible({ timeout: 15_000 })
    await expect(page.getByText(/^Tìm thấy [\d.]+ mô hình/)).toBeVisible()
    // Each chart is drawn as it comes near the viewport.
    for (const name of [/theo lĩnh vực/, /theo năm bắt đầu/, /theo địa bàn trực thuộc/]) {
      const chart = page.getByRole('img', { name })
      await chart.scrollIntoViewIfNeeded()
      await expect(chart.locator('.recharts-bar-rectangle').first()).toBeVisible()
    }
    expect(await seriousViolations(page)).toEqual([])
  })

  test('an editor registers a new model', async ({ page }) => {
    await page.addInitScript(() =>
      localStorage.setItem('emulation-tracker.mock-user', 'user-editor-25747'),
    )
    await page.goto('/models/new?area=25747')
    await expect(page.getByRole('heading', { level: 1, name: /Đăng ký mô hình/ })).toBeVisible()
    await page.getByRole('button', { name: 'Đăng ký mô hình' }).click()
    await expect(page.getByRole('alert')).toContainText('cần sửa')
    expect(await seriousViolations(page)).toEqual([])

    const name = 'Góc đọc sách khu phố thân thiện'
    await page.getByRole('textbox', { name: /Tên mô hình/ }).fill(name)
    await page.getByLabel(/Địa bàn/).selectOption('25747')
    await page.getByLabel(/Đơn vị chủ trì/).selectOption('u-25747-youth-union')
    await page.getByLabel(/Phong trào/).selectOption('dan-van-kheo')
    await page.getByLabel(/Lĩnh vực/).selectOption('cultural-social')
    await page.getByLabel(/Ngày bắt đầu/).fill('2025-03-01')
    await page.getByRole('textbox', { name: /Số người hưởng lợi/ }).fill('1.250')
    await page.getByRole('button', { name: 'Đăng ký mô hình' }).click()

    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
    await expect(page.getByText('1.250 người')).toBeVisible()
    await page.getByRole('link', { name: /Về danh sách mô hình/ }).click()
    await page.getByRole('searchbox', { name: 'Tìm theo tên, nội dung' }).fill('goc doc sach')
    await expect(page.getByRole('link', { name })).toBeVisible()
  })

  test('a page of 1,000 renders the rows near the viewport; Tab and scrolling reach the others', async ({
    page,
  }) => {
    await page.goto('/models?pageSize=1000')
    const count = page.getByText(/^Tìm thấy [\d.]+ mô hình; đang hiển thị 1–1\.000\.$/)
    await expect(count).toBeVisible({ timeout: 15_000 })
    const total = Number(
      /Tìm thấy ([\d.]+)/.exec((await count.textContent()) ?? '')![1]!.replace(/\./g, ''),
    )
    const table = page.getByRole('table', { name: 'Các mô hình phù hợp với bộ lọc' })
    await expect(table).toHaveAttribute('aria-rowcount', String(total + 1))
    const rendered = table.locator('tbody tr[aria-rowindex]')
    expect(await rendered.count()).toBeLessThan(100)

    // Tab goes from row link to row link; rows come into existence as they scroll into view.
    await table.getByRole('link').first().focus()
    for (let i = 0; i < 60; i++) await page.keyboard.press('Tab')
    const focusedRow = await page.evaluate(() =>
      document.activeElement?.closest('tr')?.getAttribute('aria-rowindex'),
    )
    expect(focusedRow).toBe('62')
    await expect(page.locator(':focus')).toBeInViewport()

    await table.evaluate((element) => element.scrollIntoView({ block: 'end' }))
    await expect(table.locator('tbody tr[aria-rowindex="1001"]')).toBeInViewport()
    expect(await rendered.count()).toBeLessThan(100)
    expect(await seriousViolations(page)).toEqual([])
  })

  test('a failing summary leaves the table working; the charts explain and retry', async ({
    page,
  }) => {
    const errors = pageErrors(page)
    await injectFaults(page, [{ path: '/models/summary', kind: 'shape' }])
    await page.goto('/models?area=718')
    const table = page.getByRole('table', { name: 'Các mô hình phù hợp với bộ lọc' })
    await expect(table.getByRole('link').first()).toBeVisible({ timeout: 15_000 })
    const chart = page.getByRole('region', { name: 'Theo lĩnh vực' })
    await expect(chart.getByRole('alert')).toContainText('Dữ liệu từ máy chủ không đúng định dạng')
    await setFaults(page, [])
    await chart.getByRole('button', { name: 'Thử lại' }).click()
    await expect(chart.getByRole('img', { name: /theo lĩnh vực/ })).toBeVisible()
    expect(errors).toEqual([])
  })
})
