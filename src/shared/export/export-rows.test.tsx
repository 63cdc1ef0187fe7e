import { screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { parseCsv } from '@/shared/lib/csv'
import { setToday } from '@/shared/lib/today'
import { readXlsx } from '@tests/read-xlsx'
import { renderRoute } from '@tests/render-route'

/** Downloads are caught at the link: the blob and the file name. */
function catchDownloads() {
  const files: { name: string; blob: Blob }[] = []
  const blobs = new Map<string, Blob>()
  let n = 0
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:test/${n++}`
    blobs.set(url, blob as Blob)
    return url
  }
  URL.revokeObjectURL = () => undefined
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    files.push({ name: this.download, blob: blobs.get(this.href) ?? new Blob() })
  })
  return files
}

/** The text a cell shows to everyone (decorative icons left out). */
const visibleText = (cell: Element) => {
  const copy = cell.cloneNode(true) as Element
  copy.querySelectorAll('[aria-hidden="true"]').forEach((node) => node.remove())
  return (copy.textContent ?? '').trim()
}

/** The cells of a rendered table, as text, header row first. */
const screenRows = (table: HTMLElement) =>
  [...table.querySelectorAll('tr')].map((tr) => [...tr.querySelectorAll('th, td')].map(visibleText))

const numericColumns = (table: HTMLElement) =>
  [...table.querySelectorAll('thead th')].map((th) => th.classList.contains('numeric'))

const vi_ = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 })
/** What the screen shows for an exported CSV value (numbers and percentages in Vietnamese). */
const shown = (value: string) => {
  if (value === '') return '—'
  const percent = /^(-?[\d.]+)%$/.exec(value)
  if (percent) return `${vi_.format(Number(percent[1]))} %`
  return /^-?\d+(\.\d+)?$/.test(value) ? vi_.format(Number(value)) : value
}

describe('exports equal the rows on screen', () => {
  beforeEach(() => setToday('2025-07-01'))
  afterEach(() => setToday(undefined))

  test('the scorecard of a district: CSV and XLSX, named after what is inside', async () => {
    const files = catchDownloads()
    const { user } = await renderRoute('/present?area=718&year=2024&slide=3')
    const table = await screen.findByRole(
      'table',
      { name: /Bảng chỉ tiêu: Thành phố Thủ Dầu Một/ },
      { timeout: 12_000 },
    )
    const frame = table.closest('.data-table-frame') as HTMLElement
    await user.click(within(frame).getByText('Tải xuống'))
    await user.click(within(frame).getByRole('button', { name: 'Bảng CSV' }))
    await vi.waitFor(() => expect(files).toHaveLength(1))
    const bytes = new Uint8Array(await files[0]!.blob.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]) // UTF-8 byte order mark
    const csv = new TextDecoder().decode(bytes)
    expect(files[0]!.name).toBe(
      'de-an-02_bang-chi-tieu-thanh-pho-thu-dau-mot_thanh-pho-thu-dau-mot_2024_2025-07-01.csv',
    )
    const records = parseCsv(csv)
    const onScreen = screenRows(table)
    const numeric = numericColumns(table)
    expect(records[0]).toEqual(onScreen[0])
    const squeeze = (text: string) => text.replace(/\s/g, '') // Intl puts a no-break space before %
    expect(
      records
        .slice(1)
        .map((row) => row.map((value, c) => squeeze(numeric[c] ? shown(value) : value))),
    ).toEqual(onScreen.slice(1).map((row) => row.map(squeeze)))

    await user.click(within(frame).getByText('Tải xuống'))
    await user.click(within(frame).getByRole('button', { name: 'Bảng Excel (.xlsx)' }))
    await vi.waitFor(() => expect(files).toHaveLength(2))
    expect(files[1]!.name).toMatch(/_2024_2025-07-01\.xlsx$/)
    const [sheet, context] = readXlsx(new Uint8Array(await files[1]!.blob.arrayBuffer()))
    expect(sheet!.rows).toHaveLength(records.length)
    expect(sheet!.rows.slice(1).map((row) => row[0]?.text)).toEqual(
      records.slice(1).map((row) => row[0]),
    )
    // Numbers stay numbers: attainment is a number with a percent format.
    const attainment = sheet!.rows[1]![4]!
    if (records[1]![4] !== '') {
      expect(typeof attainment.number).toBe('number')
      expect(attainment.numFmt).toContain('%')
    }
    const labels = context!.rows.map((row) => row[0]?.text)
    expect(labels).toEqual(
      expect.arrayContaining([
        'Đề án',
        'Địa bàn',
        'Tính đến năm',
        'Số liệu cập nhật đến',
        'Nguồn số liệu',
      ]),
    )
    const value = (label: string) => context!.rows.find((row) => row[0]?.text === label)?.[1]
    expect(value('Địa bàn')?.text).toBe('Thành phố Thủ Dầu Một')
    expect(value('Tính đến năm')?.number).toBe(2024)
    expect(value('Số liệu cập nhật đến')?.numFmt).toMatch(/yyyy/)
  })
})
