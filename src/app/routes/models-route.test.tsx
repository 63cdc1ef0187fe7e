import { act, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import type { Model } from '@/api/schemas'
import { server } from '@mocks/node'
import { bundle, subtreeIds } from '@tests/bundle'
import { currentUrl, renderRoute } from '@tests/render-route'
import { hold, pathOf, requestsDuring } from '@tests/requests'

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
const fieldNames = {
  economic: 'Kinh tế',
  'cultural-social': 'Văn hóa – xã hội',
  'defense-security': 'Quốc phòng – an ninh',
  'political-system': 'Xây dựng hệ thống chính trị',
} as const

/** The by-field chart's summary sentence for some models: the field with the most. */
function byFieldSummary(models: Model[]) {
  const counts = new Map<string, number>()
  for (const m of models) counts.set(m.field, (counts.get(m.field) ?? 0) + 1)
  const [field, count] = [...counts].sort((a, b) => b[1] - a[1])[0]!
  return `Nhiều mô hình nhất: lĩnh vực ${fieldNames[field as keyof typeof fieldNames]} (${vi.format(count)}).`
}

const chartPanel = (name: string) => screen.getByRole('region', { name })
const isBusy = (element: HTMLElement) => element.querySelector('[aria-busy="true"]') !== null

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
      `Tìm thấy ${vi.format(want.length)} mô hình; đang hiển thị 1–${Math.min(want.length, 50)}.`,
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
    await screen.findByText(`Tìm thấy ${vi.format(models.length)} mô hình; đang hiển thị 1–50.`)

    await user.click(screen.getByRole('button', { name: 'Trang sau' }))
    expect(currentUrl(router)).toBe('/models?field=cultural-social&page=2')
    const collator = new Intl.Collator('vi')
    const sorted = [...models].sort((a, b) => collator.compare(a.name, b.name))
    await screen.findByText(`Tìm thấy ${vi.format(models.length)} mô hình; đang hiển thị 51–100.`)
    const firstRow = within(
      screen.getByRole('table', { name: 'Các mô hình phù hợp với bộ lọc' }),
    ).getAllByRole('row')[1]!
    expect(within(firstRow).getByRole('rowheader')).toHaveTextContent(sorted[50]!.name)
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

  test('a filter change asks for the page of rows and the summary (and the next page in advance)', async () => {
    const { user } = await renderRoute('/models?area=718')
    await screen.findByText(byFieldSummary(expected('718')))
    const economic = expected('718', (m) => m.field === 'economic')
    const sent = await requestsDuring(async () => {
      await user.click(await screen.findByRole('checkbox', { name: /^Kinh tế/ }))
      await screen.findByText(new RegExp(`^Tìm thấy ${vi.format(economic.length)} mô hình`))
      await screen.findByText(byFieldSummary(economic))
      await waitFor(() => expect(isBusy(chartPanel('Theo lĩnh vực'))).toBe(false))
    })
    // One summary; the rows (and, once they are on screen, the next page in advance).
    const requests = sent.map(pathOf).sort()
    expect([...new Set(requests)]).toEqual(['/models', '/models/summary'])
    expect(requests.filter((path) => path === '/models/summary')).toHaveLength(1)
  })

  test('the rows and the summary are requested without waiting for the units’ names', async () => {
    const release = hold('/units')
    await requestsDuring(async (sent) => {
      await renderRoute('/models')
      await waitFor(() =>
        expect(sent.map(pathOf)).toEqual(expect.arrayContaining(['/models', '/models/summary'])),
      )
      // The table itself waits for the names it shows.
      expect(screen.queryByRole('table', { name: 'Các mô hình phù hợp với bộ lọc' })).toBeNull()
      release()
      expect(
        await screen.findByRole('table', { name: 'Các mô hình phù hợp với bộ lọc' }),
      ).toBeInTheDocument()
    })
  })

  test('the summary’s facet counts and chart figures match the bundle', async () => {
    const { user } = await renderRoute('/models?area=718&status=active&from=2022')
    const keep = (m: Model) => m.status === 'active' && year(m) >= 2022
    const models = expected('718', keep)
    // Status counts ignore the status filter; every other facet counts under it.
    const recognised = expected('718', (m) => m.status === 'recognized' && year(m) >= 2022)
    expect(
      await screen.findByRole('checkbox', {
        name: `Được công nhận ${vi.format(recognised.length)}`,
      }),
    ).toBeInTheDocument()
    const economic = models.filter((m) => m.field === 'economic').length
    expect(
      screen.getByRole('checkbox', { name: `Kinh tế ${vi.format(economic)}` }),
    ).toBeInTheDocument()
    const fresh = models.filter((m) => m.isNew).length
    expect(
      screen.getByRole('radio', { name: `Xây dựng mới (${vi.format(fresh)})` }),
    ).toBeInTheDocument()

    // The by-area chart: one row per commune of Thủ Dầu Một, new and maintained apart.
    const panel = chartPanel('Theo địa bàn trực thuộc')
    await user.click(await within(panel).findByRole('button', { name: 'Xem dạng bảng' }))
    const commune = bundle.areas.find((a) => a.parentId === '718')!
    const inCommune = models.filter((m) => subtreeIds(commune.id).has(m.areaId))
    const row = within(within(panel).getByRole('table')).getByRole('row', {
      name: new RegExp(`^${commune.name} `),
    })
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(
      [
        inCommune.filter((m) => m.isNew).length,
        inCommune.filter((m) => !m.isNew).length,
        inCommune.length,
      ].map((n) => vi.format(n)),
    )
    expect(within(chartPanel('Theo lĩnh vực')).getByText(byFieldSummary(models))).toBeVisible()
  })

  test('the rows come first: the charts keep their figures, busy, until the summary arrives', async () => {
    const { user } = await renderRoute('/models?area=718')
    const before = byFieldSummary(expected('718'))
    await screen.findByText(before)
    const release = hold('/models/summary')
    await user.click(await screen.findByRole('checkbox', { name: /^Kinh tế/ }))
    const economic = expected('718', (m) => m.field === 'economic')
    await screen.findByText(new RegExp(`^Tìm thấy ${vi.format(economic.length)} mô hình`))
    const panel = chartPanel('Theo lĩnh vực')
    expect(within(panel).getByText(before)).toBeInTheDocument()
    expect(isBusy(panel)).toBe(true)
    release()
    expect(await within(panel).findByText(byFieldSummary(economic))).toBeInTheDocument()
    expect(isBusy(panel)).toBe(false)
  })

  test('while other rows load, the current rows stay on screen, marked busy', async () => {
    const { user } = await renderRoute('/models')
    const collator = new Intl.Collator('vi')
    const sorted = [...bundle.models].sort((a, b) => collator.compare(a.name, b.name))
    const table = await screen.findByRole('table', { name: 'Các mô hình phù hợp với bộ lọc' })
    const firstRowHeader = () => within(table).getAllByRole('rowheader')[0]
    expect(firstRowHeader()).toHaveTextContent(sorted[0]!.name)
    const release = hold('/models')
    await user.click(screen.getByRole('button', { name: /^Tên mô hình/ }))
    expect(table.closest('[aria-busy]')).toHaveAttribute('aria-busy', 'true')
    expect(firstRowHeader()).toHaveTextContent(sorted[0]!.name)
    release()
    await waitFor(() => expect(firstRowHeader()).toHaveTextContent(sorted.at(-1)!.name))
    expect(table.closest('[aria-busy]')).toHaveAttribute('aria-busy', 'false')
  })

  test('the next page is fetched while the first is read: paging forward shows it at once', async () => {
    const pageTwo = new Promise<void>((resolve) => {
      const seen = ({ request }: { request: Request }) => {
        if (new URL(request.url).searchParams.get('page') !== '2') return
        server.events.removeListener('response:mocked', seen)
        resolve()
      }
      server.events.on('response:mocked', seen)
    })
    const { user } = await renderRoute('/models')
    const collator = new Intl.Collator('vi')
    const sorted = [...bundle.models].sort((a, b) => collator.compare(a.name, b.name))
    const table = await screen.findByRole('table', { name: 'Các mô hình phù hợp với bộ lọc' })
    await pageTwo
    // From now on the list's requests get no answer: page 2 must come from what was fetched.
    hold('/models')
    await user.click(screen.getByRole('button', { name: 'Trang sau' }))
    expect(within(table).getAllByRole('rowheader')[0]).toHaveTextContent(sorted[50]!.name)
    expect(table.closest('[aria-busy]')).toHaveAttribute('aria-busy', 'false')
  })

  test('a page of 1,000 renders only the rows near the viewport; the table states its real size', async () => {
    const { user, router } = await renderRoute('/models')
    const total = bundle.models.length
    expect(total).toBeGreaterThan(1000)
    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'Số dòng mỗi trang' }),
      '1000',
    )
    expect(currentUrl(router)).toBe('/models?pageSize=1000')
    await screen.findByText(`Tìm thấy ${vi.format(total)} mô hình; đang hiển thị 1–1.000.`)
    const table = screen.getByRole('table', { name: 'Các mô hình phù hợp với bộ lọc' })
    // Row 1 is the header; the models are rows 2 … total + 1 across all pages.
    expect(table).toHaveAttribute('aria-rowcount', String(total + 1))
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows.length).toBeGreaterThan(10)
    expect(rows.length).toBeLessThan(100)
    expect(rows.map((row) => row.getAttribute('aria-rowindex'))).toEqual(
      rows.map((_, i) => String(i + 2)),
    )

    await user.click(screen.getByRole('button', { name: 'Trang sau' }))
    await screen.findByText(
      `Tìm thấy ${vi.format(total)} mô hình; đang hiển thị 1.001–${vi.format(total)}.`,
    )
    const second = within(screen.getByRole('table', { name: 'Các mô hình phù hợp với bộ lọc' }))
    expect(second.getAllByRole('row')[1]).toHaveAttribute('aria-rowindex', '1002')
  })

  test('a printout shows every row of the page, not only those near the viewport', async () => {
    await renderRoute('/models')
    const table = await screen.findByRole('table', { name: 'Các mô hình phù hợp với bộ lọc' })
    const models = () => within(table).getAllByRole('row').slice(1)
    const onScreen = models().length
    expect(onScreen).toBeLessThan(50)
    act(() => {
      window.dispatchEvent(new Event('beforeprint'))
    })
    expect(models()).toHaveLength(50)
    expect(models().map((row) => row.getAttribute('aria-rowindex'))).toEqual(
      Array.from({ length: 50 }, (_, i) => String(i + 2)),
    )
    act(() => {
      window.dispatchEvent(new Event('afterprint'))
    })
    expect(models()).toHaveLength(onScreen)
  })
})
