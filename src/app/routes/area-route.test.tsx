import { screen, within } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { areaById, bundle, subtreeIds } from '@tests/bundle'
import { formatters, indicatorById, latestOf, programme } from '@tests/expected-figures'
import { currentUrl, renderRoute } from '@tests/render-route'

const f = formatters('vi')
const childrenOf = (id: string) => bundle.areas.filter((a) => a.parentId === id)

describe('Area page', () => {
  test('/areas/:id opens the profile of that area through ?area=, with its models and statuses', async () => {
    const { router } = await renderRoute('/areas/718?year=2024')
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Hồ sơ địa bàn: Thành phố Thủ Dầu Một, năm 2024',
      }),
    ).toBeInTheDocument()
    expect(currentUrl(router)).toBe('/areas?year=2024&area=718')
    const ids = subtreeIds('718')
    const models = bundle.models.filter(
      (m) => ids.has(m.areaId) && Number(m.startedOn.slice(0, 4)) <= 2024,
    )
    const panel = await screen.findByRole('region', { name: 'Mô hình “Dân vận khéo”' })
    const tile = async (name: string) =>
      (await within(panel).findByText(name, { selector: 'dt' })).nextElementSibling?.textContent
    expect(await tile('Tổng số mô hình')).toBe(f.integer(models.length))
    expect(await tile('Xây dựng mới')).toBe(f.integer(models.filter((m) => m.isNew).length))
    const statuses = screen.getByRole('table', {
      name: 'Các chỉ tiêu của Thành phố Thủ Dầu Một tính đến năm 2024',
    })
    expect(within(statuses).getAllByRole('row')).toHaveLength(programme.indicators.length + 1)
  })

  test('the tile map has a table alternative, and a tile opens the child’s profile', async () => {
    const { user, router } = await renderRoute(
      '/areas?area=724&indicator=de-an-02.2&tiles=attainment',
    )
    const map = await screen.findByRole('navigation', { name: /^Bản đồ ô: 02\.2/ })
    const children = childrenOf('724')
    expect(within(map).getAllByRole('link')).toHaveLength(children.length)
    const households = indicatorById('de-an-02.2')
    const child = children[0]!
    const actual = latestOf(households, child.id, 2025)!
    const link = within(map).getByRole('link', { name: new RegExp(`^${child.name}`) })
    expect(link).toHaveAccessibleDescription(new RegExp(f.value(households, actual.value)))

    const panel = screen.getByRole('region', { name: /^Bản đồ ô các địa bàn/ })
    await user.click(within(panel).getByRole('button', { name: 'Xem dạng bảng' }))
    const table = within(panel).getByRole('table')
    expect(within(table).getAllByRole('row')).toHaveLength(children.length + 1)

    await user.click(within(table).getByRole('link', { name: child.name }))
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: `Hồ sơ địa bàn: ${child.name}, năm 2025`,
      }),
    ).toBeInTheDocument()
    expect(currentUrl(router)).toContain(`area=${child.id}`)
  })

  test('allocated sum targets are checked: parks do not add up, Dĩ An has no toilet target', async () => {
    await renderRoute('/areas')
    const panel = await screen.findByRole('region', { name: 'Kiểm tra phân bổ mục tiêu' })
    const parks = indicatorById('de-an-02.8')
    const allocated = (id: string) =>
      bundle.targets
        .filter(
          (t) =>
            t.indicatorId === id &&
            t.year === programme.endYear &&
            areaById(t.areaId).parentId === '74',
        )
        .reduce((sum, t) => sum + t.value, 0)
    const own = (id: string) =>
      bundle.targets.find(
        (t) => t.indicatorId === id && t.areaId === '74' && t.year === programme.endYear,
      )!.value
    await within(panel).findByRole('table')
    const warnings = within(panel).getAllByRole('status')
    const parkWarning = warnings.find((w) => w.textContent?.includes(parks.name))!
    expect(parkWarning).toHaveTextContent(
      `là ${allocated(parks.id)}, trong khi mục tiêu của Tỉnh Bình Dương là ${own(parks.id)}`,
    )
    const toilets = indicatorById('de-an-02.9')
    const toiletWarning = warnings.find((w) => w.textContent?.includes(toilets.name))!
    expect(toiletWarning).toHaveTextContent('1 địa bàn chưa được giao mục tiêu: Thành phố Dĩ An')
    const markets = indicatorById('de-an-02.7')
    expect(warnings.some((w) => w.textContent?.includes(markets.name))).toBe(false)
    const row = within(panel)
      .getByRole('rowheader', { name: new RegExp(markets.name) })
      .closest('tr')
    expect(row).toHaveTextContent('Khớp')
  })

  test('compare: the set comes from the URL, bad ids fall back with a notice, and removing one updates it', async () => {
    const { user, router } = await renderRoute('/areas/compare?ids=718,bogus,724&year=2024')
    expect(await screen.findByText(/Không tìm thấy địa bàn “bogus”/)).toBeInTheDocument()
    const table = await screen.findByRole('table', {
      name: 'Các chỉ tiêu của Thành phố Thủ Dầu Một, Thành phố Dĩ An, năm 2024',
    })
    const markets = indicatorById('de-an-02.7')
    const row = within(table)
      .getByRole('rowheader', { name: new RegExp(markets.name) })
      .closest('tr')!
    const cells = within(row).getAllByRole('cell')
    expect(cells[0]).toHaveTextContent(f.value(markets, latestOf(markets, '718', 2024)!.value))
    expect(cells[1]).toHaveTextContent(f.value(markets, latestOf(markets, '724', 2024)!.value))

    await user.click(screen.getByRole('button', { name: 'Bỏ Thành phố Thủ Dầu Một khỏi so sánh' }))
    expect(currentUrl(router)).toBe('/areas/compare?ids=724&year=2024')
    expect(await screen.findByText('Hãy chọn ít nhất hai địa bàn để so sánh.')).toBeInTheDocument()
    await user.selectOptions(screen.getByLabelText('Thêm địa bàn'), '25747')
    await user.click(screen.getByRole('button', { name: 'Thêm' }))
    expect(currentUrl(router)).toBe('/areas/compare?ids=724%2C25747&year=2024')
    expect(
      await screen.findByRole('table', {
        name: `Các chỉ tiêu của Thành phố Dĩ An, ${areaById('25747').name}, năm 2024`,
      }),
    ).toBeInTheDocument()
  })
})
