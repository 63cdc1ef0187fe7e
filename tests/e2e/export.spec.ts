import { readFileSync } from 'node:fs'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { parseCsv } from '@/shared/lib/csv'
import { readXlsx } from '@tests/read-xlsx'

async function download(page: Page, frame: Locator, format: string) {
  await frame.locator('summary', { hasText: 'Tải xuống' }).first().click()
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    frame.getByRole('button', { name: format }).click(),
  ])
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) }
}

test.describe('Exports', () => {
  test.describe.configure({ timeout: 90_000 })
  test.use({ actionTimeout: 20_000 })

  test('a chart table downloads as CSV and XLSX that read back to the rows on screen', async ({
    page,
  }) => {
    await page.goto('/?area=718&year=2024')
    const figure = page.locator('figure.chart-frame').filter({ hasText: 'mô hình' }).first()
    await figure.scrollIntoViewIfNeeded()
    await expect(figure.locator('.recharts-bar-rectangle').first()).toBeVisible({ timeout: 20_000 })

    const csv = await download(page, figure, 'Bảng CSV')
    expect(csv.name).toMatch(
      /^de-an-02_bieu-do-cot-.*_thanh-pho-thu-dau-mot_2024_\d{4}-\d{2}-\d{2}\.csv$/,
    )
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const records = parseCsv(csv.bytes.toString('utf8'))

    await figure.getByRole('button', { name: 'Xem dạng bảng' }).click()
    const table = figure.getByRole('table')
    const onScreen = await table
      .locator('tr')
      .evaluateAll((rows) =>
        rows.map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent?.trim())),
      )
    expect(records.map((row) => row[0])).toEqual(onScreen.map((row) => row[0]))
    const integers = (row: (string | undefined)[]) =>
      row.slice(1).map((value) => Number((value ?? '').replace(/\./g, '')))
    expect(records.slice(1).map((row) => row.slice(1).map(Number))).toEqual(
      onScreen.slice(1).map(integers),
    )

    const xlsx = await download(page, figure, 'Bảng Excel (.xlsx)')
    expect(xlsx.name).toMatch(/_2024_\d{4}-\d{2}-\d{2}\.xlsx$/)
    const [sheet, context] = readXlsx(new Uint8Array(xlsx.bytes))
    expect(sheet!.rows.map((row) => row[0]?.text)).toEqual(records.map((row) => row[0]))
    expect(sheet!.rows[1]![1]!.number).toBe(Number(records[1]![1])) // numbers stay numbers
    const value = (label: string) => context!.rows.find((row) => row[0]?.text === label)?.[1]
    expect(value('Địa bàn')?.text).toBe('Thành phố Thủ Dầu Một')
    expect(value('Tính đến năm')?.number).toBe(2024)
    expect(value('Số liệu cập nhật đến')?.numFmt).toMatch(/yyyy/)
    expect(value('Nguồn số liệu')?.text).toContain('Dữ liệu minh họa')
  })

  test('a chart downloads as a 2× PNG with its legend, and as SVG', async ({ page }) => {
    await page.goto('/?area=718')
    const figure = page.locator('figure.chart-frame').first()
    await expect(figure.locator('.recharts-line-curve').first()).toBeVisible({ timeout: 20_000 })
    const box = await figure.locator('.recharts-wrapper > svg').boundingBox()

    const svg = await download(page, figure, 'Ảnh vectơ SVG')
    expect(svg.name).toMatch(/^de-an-02_.*_thanh-pho-thu-dau-mot_2025_.*\.svg$/)
    const text = svg.bytes.toString('utf8')
    for (const part of [
      'Thực hiện',
      'Lộ trình chỉ tiêu',
      'Dự báo',
      'Thành phố Thủ Dầu Một',
      'Tính đến năm 2025',
      'Số liệu cập nhật đến',
    ])
      expect(text).toContain(part)

    const png = await download(page, figure, 'Ảnh PNG')
    expect(png.name).toMatch(/\.png$/)
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
    const width = png.bytes.readUInt32BE(16)
    expect(width).toBeGreaterThanOrEqual(2 * Math.round(box!.width))
  })
})
