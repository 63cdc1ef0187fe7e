import { screen, within } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { bundle } from '@tests/bundle'
import { renderRoute } from '@tests/render-route'

const programme = bundle.programmes[0]!
const headline = programme.indicators[0]!
const year = programme.endYear

async function openProvenance(url: string) {
  const view = await renderRoute(url)
  const panel = await screen.findByRole('region', { name: 'Chỉ tiêu tiêu biểu' })
  await view.user.click(await within(panel).findByRole('button', { name: /Nguồn số liệu/ }))
  return { ...view, dialog: await screen.findByRole('dialog', { name: 'Nguồn số liệu' }) }
}

describe('Provenance of the Overview headline', () => {
  test('a roll-up lists the children it was built from with their values, and the missing ones', async () => {
    const communes = bundle.areas.filter((a) => a.parentId === '718')
    const reported = communes.filter((c) =>
      bundle.measurements.some(
        (m) => m.indicatorId === headline.id && m.areaId === c.id && m.year === year,
      ),
    )
    const { dialog, user } = await openProvenance('/?area=718')
    const table = await within(dialog).findByRole('table', { name: /Các địa bàn trực thuộc/ })
    const names = within(table)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent)
    expect(names.sort()).toEqual(reported.map((c) => c.name).sort())
    const sample = bundle.measurements.find(
      (m) => m.indicatorId === headline.id && m.areaId === reported[0]!.id && m.year === year,
    )!
    const row = within(table).getByRole('row', { name: new RegExp(reported[0]!.name) })
    const vi = new Intl.NumberFormat('vi-VN')
    expect(row).toHaveTextContent(
      `${vi.format(sample.numerator!)}/${vi.format(sample.denominator!)}`,
    )
    expect(within(row).getByRole('link', { name: 'Lịch sử' })).toHaveAttribute(
      'href',
      `/report/history/${sample.id}`,
    )
    if (reported.length < communes.length)
      expect(within(dialog).getByText(/Chưa có số liệu/)).toBeInTheDocument()
    else expect(within(dialog).getByText(/đều đã có số liệu/)).toBeInTheDocument()
    await user.click(within(dialog).getByRole('button', { name: 'Đóng' }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  test("a commune's own figure shows its unit, status, who entered it and when", async () => {
    const m = bundle.measurements.find(
      (x) => x.indicatorId === headline.id && x.areaId === '25747' && x.year === year,
    )!
    const unit = bundle.units.find((u) => u.id === m.reportedBy)!
    const { dialog } = await openProvenance('/?area=25747')
    expect(await within(dialog).findByText(unit.name, { selector: 'dd' })).toBeInTheDocument()
    const status = { draft: 'Nháp', submitted: 'Đã gửi', verified: 'Đã xác minh' }[m.status]
    expect(within(dialog).getByText(status)).toBeInTheDocument()
    expect(within(dialog).getByText(new RegExp(`^${unit.name}, `))).toBeInTheDocument()
    expect(
      within(dialog).getByRole('link', { name: 'Xem lịch sử thay đổi của số liệu này' }),
    ).toHaveAttribute('href', `/report/history/${m.id}`)
  })
})
