import { screen, within } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { areaById, bundle } from '@tests/bundle'
import {
  attainmentOf,
  formatters,
  indicatorById,
  latestOf,
  programme,
  targetOf,
} from '@tests/expected-figures'
import { currentUrl, renderRoute } from '@tests/render-route'
import { hold } from '@tests/requests'

const f = formatters('vi')

async function scorecard(areaName: string, year: number) {
  return screen.findByRole('table', {
    name: new RegExp(`^Chỉ tiêu của ${areaName} tính đến năm ${year}`),
  })
}

function rowOf(table: HTMLElement, name: string) {
  const header = within(table).getByRole('rowheader', { name })
  return header.closest('tr') as HTMLElement
}

/** Every indicator's actual figure, target and attainment, against the bundle. */
async function expectScorecard(areaId: string, year: number) {
  const area = areaById(areaId)
  const table = await scorecard(area.name, year)
  for (const indicator of programme.indicators) {
    const row = rowOf(table, indicator.name)
    const actual = latestOf(indicator, areaId, year)
    const target = targetOf(indicator, areaId)
    const attainment = attainmentOf(indicator, areaId, year)
    if (actual) {
      expect(row, indicator.code).toHaveTextContent(f.value(indicator, actual.value))
      expect(row, indicator.code).toHaveTextContent(`năm ${actual.year}`)
    }
    if (actual?.numerator !== undefined && actual.denominator !== undefined)
      expect(row).toHaveTextContent(
        `${f.integer(actual.numerator)}/${f.integer(actual.denominator)}`,
      )
    if (target !== undefined) expect(row).toHaveTextContent(f.value(indicator, target))
    else expect(row).toHaveTextContent('Chưa giao mục tiêu')
    if (attainment !== undefined && Number.isFinite(attainment))
      expect(row, indicator.code).toHaveTextContent(f.ratio(attainment))
  }
  return table
}

describe('Targets page', () => {
  test('the province scorecard matches the data, over-achievement shown exactly', async () => {
    await renderRoute('/targets')
    const root = bundle.areas.find((a) => a.parentId === null)!
    expect(
      await screen.findByRole('heading', { level: 1, name: new RegExp(root.name) }),
    ).toBeInTheDocument()
    const table = await expectScorecard(root.id, programme.endYear)
    // markets: 50 against a plan of 48 is shown as 104.17 %, not capped at 100 %
    const markets = indicatorById('de-an-02.7')
    expect(rowOf(table, markets.name)).toHaveTextContent(f.ratio(50 / 48))
    // offices: the published 587/587
    expect(rowOf(table, indicatorById('de-an-02.1').name)).toHaveTextContent('587/587')
    // every status shows an icon and a text label
    expect(within(rowOf(table, markets.name)).getByText('Đã đạt')).toBeInTheDocument()
  })

  test('a district as of 2023 is recomputed as it stood then, with inherited targets named', async () => {
    await renderRoute('/targets?area=721&year=2023')
    const table = await expectScorecard('721', 2023)
    const households = indicatorById('de-an-02.3')
    expect(rowOf(table, households.name)).toHaveTextContent('theo mục tiêu của Tỉnh Bình Dương')
    // the pace for a target not yet reached
    const pending = programme.indicators.filter((indicator) => {
      const a = attainmentOf(indicator, '721', 2023)
      return a !== undefined && a < 1
    })
    expect(pending.length).toBeGreaterThan(0)
    for (const indicator of pending)
      expect(rowOf(table, indicator.name)).toHaveTextContent(/Cần [+−-].*đã đạt/)
  })

  test('a commune: sum indicators without an allocation have no status, and data gaps are listed', async () => {
    // Xã Hiếu Liêm has no 2025 report except 02.1
    const commune = bundle.areas.find((a) => a.name === 'Xã Hiếu Liêm')!
    await renderRoute(`/targets?area=${commune.id}&year=2025`)
    const table = await expectScorecard(commune.id, 2025)
    expect(rowOf(table, indicatorById('de-an-02.8').name)).toHaveTextContent('Chưa có số liệu')
    const coverage = await screen.findByRole('table', {
      name: `Báo cáo năm 2025 theo địa bàn trực thuộc ${commune.name}`,
    })
    const reported = bundle.measurements.filter(
      (m) => m.areaId === commune.id && m.year === 2025,
    ).length
    expect(coverage).toHaveTextContent(`${reported}/${programme.indicators.length}`)
    expect(coverage).toHaveTextContent(`Thiếu ${programme.indicators.length - reported} báo cáo`)
  })

  test('the status filter and the sort live in the URL, and a bad value falls back with a notice', async () => {
    const { user, router } = await renderRoute('/targets?area=718&status=achieved,bogus')
    expect(await screen.findByText(/Không có trạng thái “bogus”/)).toBeInTheDocument()
    const table = await scorecard('Thành phố Thủ Dầu Một', 2025)
    const rows = within(table).getAllByRole('rowheader')
    const achievedBox = screen.getByRole('checkbox', { name: /Đã đạt/ })
    expect(achievedBox).toBeChecked()
    expect(achievedBox.closest('label')).toHaveTextContent(`(${rows.length})`)
    for (const header of rows) expect(header.closest('tr')).toHaveTextContent('Đã đạt')

    await user.click(screen.getByRole('button', { name: 'Hiện tất cả' }))
    expect(currentUrl(router)).toBe('/targets?area=718')
    await user.click(within(table).getByRole('button', { name: /Tỷ lệ đạt/ }))
    expect(currentUrl(router)).toBe('/targets?area=718&sort=attainment&dir=desc')
    const best = [...programme.indicators].sort(
      (a, b) => (attainmentOf(b, '718', 2025) ?? -1) - (attainmentOf(a, '718', 2025) ?? -1),
    )[0]!
    const first = within(await scorecard('Thành phố Thủ Dầu Một', 2025)).getAllByRole(
      'rowheader',
    )[0]
    expect(first).toHaveTextContent(best.name)
    expect(within(table).getByRole('columnheader', { name: /Tỷ lệ đạt/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    )
  })
})

test('what needs no data (the status legend and rule) is on screen while the figures load', async () => {
  const release = hold('/measurements')
  try {
    await renderRoute('/targets')
    await screen.findByRole('heading', { level: 1, name: /^Chỉ tiêu Đề án 02/ })
    const scorecardPanel = screen.getByRole('region', { name: 'Bảng theo dõi chỉ tiêu' })
    expect(within(scorecardPanel).getByText(/^Trạng thái so sánh số liệu mới nhất/)).toBeVisible()
    const rulePanel = screen.getByRole('region', { name: 'Cách xác định trạng thái' })
    expect(within(rulePanel).getByText(/^So sánh số liệu mới nhất \(A\)/)).toBeVisible()
    expect(screen.queryByRole('table', { name: /^Chỉ tiêu của/ })).toBeNull()
    release()
    expect(await scorecard('Tỉnh Bình Dương', 2025)).toBeInTheDocument()
  } finally {
    release()
  }
})
