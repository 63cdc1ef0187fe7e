import { screen, within } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { mockUserIds } from '@mocks/mock-users'
import { db } from '@mocks/node'
import { bundle } from '@tests/bundle'
import { renderRoute } from '@tests/render-route'

const programme = bundle.programmes[0]!
const count = programme.indicators.find((i) => i.aggregation === 'sum' && i.unit === 'count')!
const ratio = programme.indicators.find((i) => i.aggregation === 'ratio')!
const stored = (indicatorId: string, areaId: string, year: number) =>
  [...db.measurements.values()].find(
    (m) => m.indicatorId === indicatorId && m.areaId === areaId && m.year === year,
  )
const header = 'Mã chỉ tiêu;Mã địa bàn;Năm;Kết quả;Tử số;Mẫu số;Ghi chú'
const csvFile = (lines: string[]) =>
  new File([`\uFEFF${[header, ...lines].join('\r\n')}\r\n`], 'so-lieu.csv', { type: 'text/csv' })

async function upload(lines: string[]) {
  const view = await renderRoute('/report/import')
  const input = await screen.findByLabelText('Chọn tệp CSV')
  await view.user.upload(input, csvFile(lines))
  const result = await screen.findByRole('region', { name: 'Kết quả kiểm tra tệp' })
  return { ...view, result }
}

describe('Reporting: CSV import', () => {
  test('a good file is previewed row by row, then applied: one figure added, one changed', async () => {
    const existing = stored(count.id, '25747', 2025)!
    const { user, result } = await upload([
      `${count.code};718;2025;12;;;Tổng hợp cấp thành phố`,
      `${count.code};25747;2025;${existing.value + 1};;;`,
      `${ratio.code};718;2024;;1.450;2.000;`,
    ])
    expect(within(result).getByText(/^Tệp “so-lieu.csv”/)).toHaveTextContent(
      '3 dòng số liệu — thêm mới 2, thay đổi 1, không đổi 0, có lỗi 0',
    )
    expect(
      within(result).getByText(`Thay đổi: ${existing.value} → ${existing.value + 1}`),
    ).toBeInTheDocument()
    await user.click(within(result).getByRole('button', { name: 'Nhập số liệu (3 thay đổi)' }))
    expect(
      await screen.findByText(/Đã nhập xong: thêm mới 2, thay đổi 1, không đổi 0/),
    ).toBeInTheDocument()
    expect(stored(count.id, '718', 2025)).toMatchObject({
      value: 12,
      status: 'draft',
      note: 'Tổng hợp cấp thành phố',
    })
    expect(stored(count.id, '25747', 2025)?.value).toBe(existing.value + 1)
    expect(stored(ratio.id, '718', 2024)).toMatchObject({
      numerator: 1450,
      denominator: 2000,
      value: 72.5,
    })
  })

  test('a file with bad rows names each row and column, cannot be applied and changes nothing', async () => {
    db.currentUserId = mockUserIds.districtEditor
    const before = [...db.measurements.values()]
    const { result } = await upload([
      `${count.code};718;2025;12;;;`,
      `${count.code};99999;2025;3;;;`,
      `${ratio.code};25747;2025;;50;40;`,
      `${count.code};718;2025;13;;;`,
      `${count.code};721;2025;1;;;`,
      `${count.code};25747;2025;1,5x;;;`,
    ])
    const problems = within(result).getByRole('table', { name: /Danh sách lỗi/ })
    const rows = within(problems)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.children].map((cell) => cell.textContent))
    expect(rows).toEqual([
      ['3', '“Mã địa bàn” (cột B)', 'Không có địa bàn mã “99999”.'],
      ['4', '“Tử số” (cột E)', '“Tử số” (cột E) không được lớn hơn mẫu số (40).'],
      ['5', '“Mã địa bàn” (cột B)', 'Trùng chỉ tiêu, địa bàn và năm với dòng 2.'],
      ['6', '“Mã địa bàn” (cột B)', 'Địa bàn “721” nằm ngoài phạm vi bạn được báo cáo.'],
      [
        '7',
        '“Kết quả” (cột D)',
        '“Kết quả” (cột D) không phải là số hợp lệ. Nhập số theo dạng 1.234,5.',
      ],
    ])
    expect(within(result).getByRole('button', { name: /^Nhập số liệu/ })).toBeDisabled()
    expect([...db.measurements.values()]).toEqual(before)
  })

  test('a header that does not match the template is explained', async () => {
    const view = await renderRoute('/report/import')
    await view.user.upload(
      await screen.findByLabelText('Chọn tệp CSV'),
      new File(['Mã chỉ tiêu,Màu sắc,Năm\r\n02.8,xanh,2025\r\n'], 'sai.csv', { type: 'text/csv' }),
    )
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Cột “Màu sắc” (B) không có trong mẫu.')
    expect(alert).toHaveTextContent('Thiếu cột “Mã địa bàn”.')
  })
})
