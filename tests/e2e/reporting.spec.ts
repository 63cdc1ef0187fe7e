import { readFile } from 'node:fs/promises'
import { expect, test, type Page } from '@playwright/test'

// The mock backend lives in the page: a full reload drops its writes (not the chosen user),
// so each flow loads the app once and then moves through it by clicking.
const switchTo = async (page: Page, user: string) => {
  const select = page.getByLabel('Vai trò thử nghiệm')
  await expect(select.locator('option', { hasText: user })).toHaveCount(1, { timeout: 15_000 })
  await select.selectOption({ label: user })
  await expect(select).toBeEnabled()
}

test.describe('Reporting', () => {
  test('an editor reports a figure, an admin verifies it, the Overview shows it', async ({
    page,
  }) => {
    await page.goto('/report?indicator=de-an-02.2&area=718&year=2025')
    await switchTo(page, 'Biên tập viên – Thành phố Thủ Dầu Một')
    const form = page.getByRole('region', { name: 'Nhập số liệu' })
    await expect(form.getByText(/vai trò Biên tập viên/)).toBeVisible({ timeout: 15_000 })
    await form.getByLabel(/Hộ đã ký cam kết/).fill('1.450')
    await form.getByLabel(/Tổng số hộ gia đình/).fill('2.000')
    await expect(form.getByRole('status', { name: 'Kết quả' })).toHaveText(/^72,5\s?%$/)
    await form.getByRole('button', { name: 'Lưu và gửi xác minh' }).click()
    await expect(form.getByText('Đã lưu và gửi để xác minh.')).toBeVisible()

    await switchTo(page, 'Quản trị viên – Tỉnh Bình Dương')
    await page.getByRole('link', { name: 'Xác minh', exact: true }).click()
    const queue = page.getByRole('region', { name: 'Hàng chờ xác minh' })
    const label = 'Xác minh chỉ tiêu 02.2, Thành phố Thủ Dầu Một, năm 2025'
    await queue.getByRole('button', { name: label }).click()
    await expect(
      queue.getByText('Đã xác minh chỉ tiêu 02.2, Thành phố Thủ Dầu Một, năm 2025.'),
    ).toBeVisible()
    await expect(queue.getByRole('button', { name: label })).toHaveCount(0)

    await page.getByRole('link', { name: 'Tổng quan' }).click()
    const headline = page.getByRole('region', { name: 'Chỉ tiêu tiêu biểu' })
    await expect(headline.getByText('1.450/2.000', { exact: false })).toBeVisible()
    await headline.getByRole('button', { name: /Nguồn số liệu/ }).click()
    const dialog = page.getByRole('dialog', { name: 'Nguồn số liệu' })
    await expect(dialog.getByText(/Đã xác minh/)).toBeVisible()
    await expect(dialog.getByText(/^Phạm Minh Quản/)).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
  })

  test('CSV round trip: the template downloads with a BOM, a filled copy imports', async ({
    page,
  }) => {
    await page.goto('/report/import')
    await expect(page.getByLabel('Chọn tệp CSV')).toBeVisible({ timeout: 15_000 })
    const downloading = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Tải tệp mẫu (CSV)' }).click()
    const download = await downloading
    const bytes = await readFile(await download.path())
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const template = bytes.toString('utf8').slice(1)
    expect(template).toBe('Mã chỉ tiêu;Mã địa bàn;Năm;Kết quả;Tử số;Mẫu số;Ghi chú\r\n')

    const filled = `\uFEFF${template}02.8;718;2025;7;;;Công viên mới\r\n02.2;720;2025;;3.000;4.000;\r\n`
    await page.getByLabel('Chọn tệp CSV').setInputFiles({
      name: 'so-lieu.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(filled, 'utf8'),
    })
    const result = page.getByRole('region', { name: 'Kết quả kiểm tra tệp' })
    await expect(result.getByText(/2 dòng số liệu — thêm mới 2/)).toBeVisible()
    await result.getByRole('button', { name: 'Nhập số liệu (2 thay đổi)' }).click()
    await expect(page.getByText(/Đã nhập xong: thêm mới 2, thay đổi 0/)).toBeVisible()

    await page.getByRole('link', { name: 'Tổng quan' }).click()
    await expect(page.getByRole('heading', { level: 1, name: /^Tổng quan:/ })).toBeVisible()
    await page.getByLabel('Huyện/thị xã/thành phố').selectOption({ label: 'Huyện Dầu Tiếng' })
    await expect(
      page
        .getByRole('region', { name: 'Chỉ tiêu tiêu biểu' })
        .getByText('3.000/4.000', { exact: false }),
    ).toBeVisible()
  })

  test('10,000 rows are checked without freezing the page', async ({ page }) => {
    await page.goto('/report/import')
    await expect(page.getByLabel('Chọn tệp CSV')).toBeVisible({ timeout: 15_000 })
    const codes = ['02.7', '02.8', '02.9', '02.10']
    const lines = ['Mã chỉ tiêu;Mã địa bàn;Năm;Kết quả;Tử số;Mẫu số;Ghi chú']
    for (let i = 0; i < 10_000; i++)
      lines.push(`${codes[i % 4]};${25741 + (i % 2500)};${2021 + (i % 5)};${i % 50};;;`)
    await page.evaluate(() => {
      const w = window as unknown as { longest: number }
      w.longest = 0
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.longest = Math.max(w.longest, entry.duration)
      }).observe({ type: 'longtask', buffered: false })
    })
    await page.getByLabel('Chọn tệp CSV').setInputFiles({
      name: 'lon.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(lines.join('\r\n'), 'utf8'),
    })
    await expect(page.getByText(/10\.000 dòng số liệu/)).toBeVisible({ timeout: 20_000 })
    const longest = await page.evaluate(() => (window as unknown as { longest: number }).longest)
    expect(longest).toBeLessThan(1500)
  })
  // axe on the report, review, history and import screens, in vi, en and de:
  // tests/e2e/accessibility.spec.ts
})
