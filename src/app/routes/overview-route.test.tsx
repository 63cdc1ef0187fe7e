import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, test } from 'vitest'
import { server } from '@mocks/node'
import { bundle, subtreeIds, areaById } from '@tests/bundle'
import { currentUrl, renderRoute } from '@tests/render-route'

const vi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 })
const root = bundle.areas.find((a) => a.parentId === null)!
const programme = bundle.programmes[0]!
const headline = programme.indicators[0]!

/** Models in an area's subtree started up to a year, counted straight from the bundle. */
function expectedModels(areaId: string, year: number) {
  const ids = subtreeIds(areaId)
  const models = bundle.models.filter(
    (m) => ids.has(m.areaId) && Number(m.startedOn.slice(0, 4)) <= year,
  )
  return {
    total: models.length,
    isNew: models.filter((m) => m.isNew).length,
    recognized: models.filter((m) => m.status === 'recognized').length,
  }
}

/** The headline ratio indicator summed over the communes of an area for one year. */
function expectedHeadline(areaId: string, year: number) {
  const ids = subtreeIds(areaId)
  const rows = bundle.measurements.filter(
    (m) => m.indicatorId === headline.id && m.year === year && ids.has(m.areaId),
  )
  const numerator = rows.reduce((sum, m) => sum + (m.numerator ?? 0), 0)
  const denominator = rows.reduce((sum, m) => sum + (m.denominator ?? 0), 0)
  return { numerator, denominator }
}

async function modelTile(name: RegExp) {
  const panel = await screen.findByRole('region', { name: /Mô hình “Dân vận khéo”/ })
  const term = await within(panel).findByText(name)
  return term.nextElementSibling?.textContent
}

describe('Overview', () => {
  test('shows the model counts and the headline figure computed from the data', async () => {
    await renderRoute('/')
    expect(
      await screen.findByRole('heading', { level: 1, name: new RegExp(root.name) }),
    ).toBeInTheDocument()
    const models = expectedModels(root.id, programme.endYear)
    expect(await modelTile(/Tổng số mô hình/)).toBe(vi.format(models.total))
    expect(await modelTile(/Xây dựng mới/)).toBe(vi.format(models.isNew))
    expect(await modelTile(/Được công nhận/)).toBe(vi.format(models.recognized))

    const { numerator, denominator } = expectedHeadline(root.id, programme.endYear)
    const panel = screen.getByRole('region', { name: 'Chỉ tiêu tiêu biểu' })
    expect(
      await within(panel).findByText(
        new RegExp(`^${vi.format(numerator)}/${vi.format(denominator)}`),
      ),
    ).toBeInTheDocument()
  })

  test('models placed on the province itself get a row of their own, named by its level', async () => {
    const { user } = await renderRoute('/')
    const panel = await screen.findByRole('region', { name: 'Mô hình theo địa bàn trực thuộc' })
    const own = bundle.models.filter(
      (m) => m.areaId === root.id && Number(m.startedOn.slice(0, 4)) <= programme.endYear,
    )
    expect(own.length).toBeGreaterThan(0)
    const districts = bundle.areas.filter((a) => a.parentId === root.id)
    expect(
      await within(panel).findByText(new RegExp(`^${districts.length} địa bàn;`)),
    ).toBeVisible()
    await user.click(within(panel).getByRole('button', { name: 'Xem dạng bảng' }))
    const row = within(panel).getByRole('rowheader', { name: 'Cấp tỉnh' }).closest('tr')!
    expect(within(row).getAllByRole('cell').at(-1)).toHaveTextContent(vi.format(own.length))
    expect(within(panel).queryByRole('rowheader', { name: root.name })).not.toBeInTheDocument()
  })

  test('every indicator is counted under exactly one status', async () => {
    await renderRoute('/')
    const panel = await screen.findByRole('region', { name: /theo trạng thái/ })
    const counts = await within(panel).findAllByText(/^\d+$/)
    expect(counts.map((c) => Number(c.textContent)).reduce((a, b) => a + b, 0)).toBe(
      programme.indicators.length,
    )
  })

  test('choosing a district and a year updates the figures and the URL', async () => {
    const { user, router } = await renderRoute('/')
    await screen.findByRole('heading', { level: 1, name: new RegExp(root.name) })
    const district =
      bundle.areas.find((a) => a.parentId === root.id && a.id === '718') ?? areaById('718')

    await user.selectOptions(await screen.findByLabelText('Huyện/thị xã/thành phố'), district.id)
    await user.selectOptions(screen.getByLabelText('Tính đến năm'), '2023')

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: `Tổng quan: ${district.name}, năm 2023`,
      }),
    ).toBeInTheDocument()
    expect(currentUrl(router)).toBe(`/?area=${district.id}&year=2023`)
    const models = expectedModels(district.id, 2023)
    expect(await modelTile(/Tổng số mô hình/)).toBe(vi.format(models.total))
    const { numerator, denominator } = expectedHeadline(district.id, 2023)
    expect(
      await screen.findByText(new RegExp(`^${vi.format(numerator)}/${vi.format(denominator)}`)),
    ).toBeInTheDocument()
    expect(screen.getByRole('navigation', { name: 'Vị trí địa bàn' })).toHaveTextContent(
      `${root.name}›${district.name}`.replace('›', ''),
    )
  })

  test('a server error shows a clear message in its panel, the rest renders, and retry recovers', async () => {
    let fail = true
    server.use(
      http.get('*/api/v1/models/stats', () =>
        fail
          ? HttpResponse.json(
              { error: { code: 'internal', message: 'Database unavailable' } },
              { status: 500 },
            )
          : undefined,
      ),
    )
    const { user } = await renderRoute('/')
    const alerts = await screen.findAllByRole('alert')
    expect(alerts[0]).toHaveTextContent('Máy chủ gặp lỗi (500)')
    expect(await screen.findByRole('region', { name: 'Chỉ tiêu tiêu biểu' })).toHaveTextContent(
      headline.code,
    )

    fail = false
    for (const button of screen.getAllByRole('button', { name: 'Thử lại' }))
      await user.click(button)
    expect(await modelTile(/Tổng số mô hình/)).toBe(
      vi.format(expectedModels(root.id, programme.endYear).total),
    )
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  test('a malformed payload names the bad field while the other panels still render', async () => {
    server.use(
      http.get('*/api/v1/measurements/figures', () =>
        HttpResponse.json([
          { indicatorId: headline.id, areaId: root.id, year: 2025, value: 'lots' },
        ]),
      ),
    )
    await renderRoute('/')
    const alerts = await screen.findAllByRole('alert')
    expect(alerts[0]).toHaveTextContent(/trường “0\.value”/)
    expect(await modelTile(/Tổng số mô hình/)).toBe(
      vi.format(expectedModels(root.id, programme.endYear).total),
    )
  })

  test('unknown or malformed URL values fall back to defaults with a notice', async () => {
    await renderRoute('/?area=%3Cscript%3E&year=1900')
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: `Tổng quan: ${root.name}, năm ${programme.endYear}`,
      }),
    ).toBeInTheDocument()
    expect(await screen.findByText(/Không tìm thấy địa bàn “<script>”/)).toBeInTheDocument()
    expect(screen.getByText(/Năm “1900” nằm ngoài thời kỳ/)).toBeInTheDocument()
  })

  test('an unknown address shows the not-found page', async () => {
    await renderRoute('/no-such-page')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy trang' }),
    ).toBeInTheDocument()
  })
})
