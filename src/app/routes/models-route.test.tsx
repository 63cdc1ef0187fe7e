import { screen, within } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import type { Model } from '@/api/schemas'
import { bundle, subtreeIds } from '@tests/bundle'
import { currentUrl, renderRoute } from '@tests/render-route'

const vi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 })
const root = bundle.areas.find((a) => a.parentId === null)!
const unitType = new Map(bundle.units.map((u) => [u.id, u.type]))

/** Diacritic- and case-insensitive, written independently of the mock's search-text.ts. */
const fold = (s: string) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase()
const matchesText = (m: Model, q: string) =>
  fold(q)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => fold(`${m.name} ${m.description}`).includes(word))

function expected(areaId: string, keep: (m: Model) => boolean = () => true) {
  const ids = subtreeIds(areaId)
  return bundle.models.filter((m) => ids.has(m.areaId) && keep(m))
}

async function resultCount() {
  const panel = await screen.findByRole('region', { name: 'Danh sách mô hình' })
  const status = await within(panel).findByText(/^(Tìm thấy|Không có mô hình)/)
  const match = /Tìm thấy ([\d.]+) mô hình/.exec(status.textContent ?? '')
  return match ? Number(match[1]!.replace(/\./g, '')) : 0
}

const year = (m: Model) => Number(m.startedOn.slice(0, 4))

describe('Models registry', () => {
  test('search ignores diacritics and case; typing updates the URL after a pause', async () => {
    const { user, router } = await renderRoute('/models')
    const total = expected(root.id).length
    expect(await resultCount()).toBe(total)
    const box = await screen.findByRole('searchbox', { name: 'Tìm theo tên, nội dung' })
    await user.type(box, 'CA PHE sang')
    expect(box).toHaveValue('CA PHE sang')
    const want = expected(root.id, (m) => matchesText(m, 'ca phe sang'))
    expect(want.length).toBeGreaterThan(1)
    await screen.findByText(
      `Tìm thấy ${vi.format(want.length)} mô hình; đang hiển thị 1–${want.length > 25 ? 25 : want.length}.`,
    )
    expect(currentUrl(router)).toBe('/models?q=CA+PHE+sang')
    const table = screen.getByRole('table', { name: 'Các mô hình phù hợp với bộ lọc' })
    expect(
      within(table).getAllByRole('link', { name: 'Cà phê sáng – trò chuyện cùng dân' }).length,
    ).toBeGreaterThan(0)

    await user.clear(box)
    await user.type(box, 'Cà phê sáng')
    await screen.findByText(new RegExp(`^Tìm thấy ${vi.format(want.length)} mô hình`))
  })

  test.each([
    ['field=economic', (m: Model) => m.field === 'economic'],
    [
      'status=recognized,discontinued',
      (m: Model) => ['recognized', 'discontinued'].includes(m.status),
    ],
    ['unitType=youth-union', (m: Model) => unitType.get(m.unitId) === 'youth-union'],
    ['isNew=maintained', (m: Model) => !m.isNew],
    ['movement=dan-van-kheo', (m: Model) => m.movementId === 'dan-van-kheo'],
    ['from=2022&to=2023', (m: Model) => year(m) >= 2022 && year(m) <= 2023],
    ['level=central', (m: Model) => m.recognition?.level === 'central'],
  ])('the filter %s counts what the bundle says', async (query, keep) => {
    await renderRoute(`/models?area=718&${query}`)
    expect(await resultCount()).toBe(expected('718', keep).length)
  })

  test('facet counts beside the filters match the bundle', async () => {
    await renderRoute('/models?area=718&field=economic')
    const economic = expected('718', (m) => m.field === 'economic')
    const recognised = economic.filter((m) => m.status === 'recognized').length
    expect(
      await screen.findByRole('checkbox', { name: `Được công nhận ${vi.format(recognised)}` }),
    ).not.toBeChecked()
    // A facet's own counts ignore its own filter: every field is counted under the other filters.
    const social = expected('718', (m) => m.field === 'cultural-social').length
    expect(
      await screen.findByRole('checkbox', { name: `Văn hóa – xã hội ${vi.format(social)}` }),
    ).toBeInTheDocument()
    expect(screen.getByRole('checkbox', { name: /^Kinh tế/ })).toBeChecked()
    const maintained = economic.filter((m) => !m.isNew).length
    expect(
      await screen.findByRole('radio', { name: `Duy trì (${vi.format(maintained)})` }),
    ).toBeInTheDocument()
  })

  test('choosing a facet filters, goes to the URL, and paging moves through the sorted list', async () => {
    const { user, router } = await renderRoute('/models')
    await user.click(await screen.findByRole('checkbox', { name: /^Văn hóa – xã hội/ }))
    expect(currentUrl(router)).toBe('/models?field=cultural-social')
    const models = expected(root.id, (m) => m.field === 'cultural-social')
    await screen.findByText(`Tìm thấy ${vi.format(models.length)} mô hình; đang hiển thị 1–25.`)

    await user.click(screen.getByRole('button', { name: 'Trang sau' }))
    expect(currentUrl(router)).toBe('/models?field=cultural-social&page=2')
    const collator = new Intl.Collator('vi')
    const sorted = [...models].sort((a, b) => collator.compare(a.name, b.name))
    await screen.findByText(`Tìm thấy ${vi.format(models.length)} mô hình; đang hiển thị 26–50.`)
    const firstRow = within(
      screen.getByRole('table', { name: 'Các mô hình phù hợp với bộ lọc' }),
    ).getAllByRole('row')[1]!
    expect(within(firstRow).getByRole('rowheader')).toHaveTextContent(sorted[25]!.name)
  })

  test('the charts have text summaries and tables computed from the filtered models', async () => {
    const { user } = await renderRoute('/models?area=718&isNew=new')
    const models = expected('718', (m) => m.isNew)
    const panel = await screen.findByRole('region', { name: 'Theo năm bắt đầu' })
    await user.click(await within(panel).findByRole('button', { name: 'Xem dạng bảng' }))
    const table = within(panel).getByRole('table')
    const y2023 = models.filter((m) => year(m) === 2023).length
    const row = within(table).getByRole('row', { name: new RegExp(`^2023 `) })
    expect(within(row).getAllByRole('cell').at(-1)).toHaveTextContent(vi.format(y2023))
  })

  test('invalid URL values fall back with a notice', async () => {
    await renderRoute('/models?field=bogus&page=x')
    expect(
      await screen.findByText(/Giá trị “bogus” của bộ lọc “field” không hợp lệ/),
    ).toBeInTheDocument()
    expect(await resultCount()).toBe(bundle.models.length)
  })
})
