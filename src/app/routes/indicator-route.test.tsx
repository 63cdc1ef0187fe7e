import { screen, within } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { areaById, bundle } from '@tests/bundle'
import { attainmentOf, formatters, indicatorById, latestOf } from '@tests/expected-figures'
import { currentUrl, renderRoute } from '@tests/render-route'
import { requestsDuring } from '@tests/requests'

const f = formatters('vi')
const markets = indicatorById('de-an-02.7')
const households = indicatorById('de-an-02.2')
const childrenOf = (id: string) => bundle.areas.filter((a) => a.parentId === id)

/** The children ranked by attainment as of a year, computed from the bundle. */
function ranking(indicatorId: string, areaId: string, year: number) {
  const indicator = indicatorById(indicatorId)
  return childrenOf(areaId)
    .map((area) => ({ area, attainment: attainmentOf(indicator, area.id, year) }))
    .filter(
      (row): row is { area: typeof row.area; attainment: number } => row.attainment !== undefined,
    )
    .sort((a, b) => b.attainment - a.attainment)
}

const leagueTable = (area: string) =>
  screen.findByRole('table', { name: new RegExp(`^Bảng xếp hạng .*, ${area},`) })

describe('Indicator page', () => {
  test('it asks for the figures the server rolls up, not every measurement below the area', async () => {
    const sent = await requestsDuring(async () => {
      await renderRoute(`/targets/${markets.id}?year=2025`)
      await leagueTable('Tỉnh Bình Dương')
    })
    expect(sent).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\/measurements\/figures\?(?=.*areaId=74)/),
        expect.stringMatching(/^\/measurements\/figures\?(?=.*parentId=74)/),
      ]),
    )
    expect(sent.filter((path) => path.startsWith('/measurements?'))).toEqual([])
  })

  test('the league table ranks the districts by attainment, with the rank change against last year', async () => {
    await renderRoute(`/targets/${markets.id}?year=2025`)
    expect(
      await screen.findByRole('heading', { level: 1, name: `${markets.code} ${markets.name}` }),
    ).toBeInTheDocument()
    const table = await leagueTable('Tỉnh Bình Dương')
    const expected = ranking(markets.id, '74', 2025)
    const previous = ranking(markets.id, '74', 2024)
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows).toHaveLength(childrenOf('74').length)
    const top = rows[0]!
    expect(top).toHaveTextContent(expected[0]!.area.name)
    expect(top).toHaveTextContent(`1/${expected.length}`)
    expect(top).toHaveTextContent(f.ratio(expected[0]!.attainment))
    // rank change: previous rank − current rank (ties share a rank)
    const rankIn = (list: typeof expected, id: string) => {
      const row = list.find((r) => r.area.id === id)!
      return list.findIndex((r) => r.attainment === row.attainment) + 1
    }
    const change = rankIn(previous, expected[0]!.area.id) - 1
    expect(top).toHaveTextContent(
      change === 0
        ? 'giữ nguyên thứ hạng'
        : change > 0
          ? `tăng ${change} bậc`
          : `giảm ${-change} bậc`,
    )
    // the actual figure of the province and its target
    const total = latestOf(markets, '74', 2025)!
    const summary = screen.getByRole('region', { name: 'Kết quả và trạng thái' })
    expect(summary).toHaveTextContent(f.value(markets, total.value))
    expect(summary).toHaveTextContent('Vì sao có trạng thái này?')
  })

  test('drilling down by row goes province → district → commune, and back', async () => {
    const { user, router } = await renderRoute(`/targets/${households.id}?year=2024`)
    const district = ranking(households.id, '74', 2024)[0]!.area
    await user.click(
      within(await leagueTable('Tỉnh Bình Dương')).getByRole('link', { name: district.name }),
    )
    expect(currentUrl(router)).toBe(
      `/targets/${households.id}?year=2024&indicator=${households.id}&area=${district.id}`,
    )
    const districtTable = await leagueTable(district.name)
    const commune = ranking(households.id, district.id, 2024)[0]!.area
    expect(within(districtTable).getAllByRole('row')[1]).toHaveTextContent(
      f.ratio(ranking(households.id, district.id, 2024)[0]!.attainment),
    )
    // a click anywhere in the row drills down too
    await user.click(within(districtTable).getByRole('cell', { name: /^1\// }))
    expect(
      await screen.findByText(`${commune.name} là địa bàn cấp cơ sở, không có địa bàn trực thuộc.`),
    ).toBeInTheDocument()
    expect(screen.getByRole('navigation', { name: 'Vị trí địa bàn' })).toHaveTextContent(
      `Tỉnh Bình Dương${district.name}${commune.name}`,
    )
    const actual = latestOf(households, commune.id, 2024)!
    expect(screen.getByRole('region', { name: 'Kết quả và trạng thái' })).toHaveTextContent(
      `${f.integer(actual.numerator!)}/${f.integer(actual.denominator!)}`,
    )
    await router.navigate(-1)
    expect(await leagueTable(district.name)).toBeInTheDocument()
    expect(router.state.location.search).toContain(`area=${district.id}`)
  })

  test('an unknown indicator falls back with a notice; the definition and the chart table are shown', async () => {
    const { user } = await renderRoute('/targets/no-such?area=724&indicator=de-an-02.10')
    expect(await screen.findByText(/Không tìm thấy chỉ tiêu “no-such”/)).toBeInTheDocument()
    const hotspots = indicatorById('de-an-02.10')
    expect(
      await screen.findByRole('heading', { level: 1, name: `${hotspots.code} ${hotspots.name}` }),
    ).toBeInTheDocument()
    // The panels' frames come first, their content a moment later.
    const definition = screen.getByRole('region', { name: 'Định nghĩa chỉ tiêu' })
    expect(await within(definition).findByText(/Càng thấp càng tốt \(cần giảm\)/)).toBeVisible()
    expect(definition).toHaveTextContent(hotspots.source)
    const chart = screen.getByRole('region', { name: 'Thực hiện so với lộ trình mục tiêu' })
    await user.click(await within(chart).findByRole('button', { name: 'Xem dạng bảng' }))
    const table = within(chart).getByRole('table')
    for (let year = 2021; year <= 2025; year++) {
      const figure = latestOf(hotspots, '724', year)
      if (figure?.year === year)
        expect(
          within(table)
            .getByRole('rowheader', { name: String(year) })
            .closest('tr'),
        ).toHaveTextContent(f.value(hotspots, figure.value))
    }
    expect(areaById('724').name).toBe('Thành phố Dĩ An')
  })
})
