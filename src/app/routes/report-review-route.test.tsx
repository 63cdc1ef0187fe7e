import { screen, within } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { mockUserIds, mockUsers } from '@mocks/mock-users'
import { db } from '@mocks/node'
import { bundle } from '@tests/bundle'
import { renderRoute } from '@tests/render-route'

const programme = bundle.programmes[0]!
const submitted = bundle.measurements.filter((m) => m.status === 'submitted')
const nameOf = (id: string) => mockUsers.find((u) => u.id === id)!.name

describe('Reporting: verification workflow and history', () => {
  test('an admin verifies a submitted figure; it leaves the queue and its history names the admin', async () => {
    const { user } = await renderRoute('/report/review')
    const queue = await screen.findByRole('region', { name: 'Hàng chờ xác minh' })
    expect(
      await within(queue).findByRole('table', {
        name: new RegExp(`trên tổng số ${submitted.length} số liệu`),
      }),
    ).toBeInTheDocument()
    const verify = within(queue).getAllByRole('button', { name: /^Xác minh chỉ tiêu/ })[0]!
    const label = verify.getAttribute('aria-label')!.replace('Xác minh ', '')
    await user.click(verify)
    expect(await within(queue).findByText(`Đã xác minh ${label}.`)).toBeInTheDocument()
    expect(
      await within(queue).findByRole('table', {
        name: new RegExp(`trên tổng số ${submitted.length - 1} số liệu`),
      }),
    ).toBeInTheDocument()
    const verified = [...db.measurements.values()].filter(
      (m) => m.status === 'verified' && db.historyOf(m.id).at(-1)?.action === 'verified',
    )
    expect(verified).toHaveLength(1)
    expect(db.historyOf(verified[0]!.id).at(-1)).toMatchObject({ by: mockUserIds.admin })
  })

  test('a return needs a comment, and the editor finds it under "returned to me"', async () => {
    const target = submitted.find((m) => m.areaId === '25747')!
    // Submitted just now: first in the queue (newest first).
    db.putMeasurement(target, {
      at: new Date().toISOString(),
      by: mockUserIds.communeEditor,
      action: 'submitted',
      changes: [],
    })
    const first = await renderRoute('/report/review')
    const queue = await screen.findByRole('region', { name: 'Hàng chờ xác minh' })
    const buttons = await within(queue).findAllByRole('button', { name: /^Trả lại/ })
    expect(buttons[0]).toHaveAccessibleName(new RegExp(`Phường Phú Cường, năm ${target.year}`))
    await first.user.click(buttons[0]!)
    const dialog = await screen.findByRole('dialog', { name: 'Trả lại số liệu' })
    await first.user.click(within(dialog).getByRole('button', { name: 'Trả lại' }))
    expect(within(dialog).getByLabelText('Nhận xét (bắt buộc)')).toHaveAccessibleDescription(
      /ghi rõ lý do/,
    )
    await first.user.type(
      within(dialog).getByLabelText('Nhận xét (bắt buộc)'),
      'Số liệu chưa khớp biên bản',
    )
    await first.user.click(within(dialog).getByRole('button', { name: 'Trả lại' }))
    expect(await within(queue).findByText(/^Đã trả lại/)).toBeInTheDocument()
    first.unmount()

    db.currentUserId = mockUserIds.communeEditor
    await renderRoute('/report')
    const returned = await screen.findByRole('region', { name: 'Bị trả lại' })
    expect(await within(returned).findByText('Số liệu chưa khớp biên bản')).toBeInTheDocument()
    expect(
      within(returned).getByText(new RegExp(nameOf(mockUserIds.admin).slice(0, 12))),
    ).toBeInTheDocument()
  })

  test('an editor cannot verify: the review page says why', async () => {
    db.currentUserId = mockUserIds.districtEditor
    await renderRoute('/report/review')
    const queue = await screen.findByRole('region', { name: 'Hàng chờ xác minh' })
    expect(await within(queue).findByText(/Chỉ quản trị viên cấp tỉnh/)).toBeInTheDocument()
    expect(within(queue).queryByRole('button', { name: /^Xác minh/ })).not.toBeInTheDocument()
  })

  test('the history view shows who changed what, when, from which value to which', async () => {
    const m = bundle.measurements.find((x) => x.areaId === '25747' && x.status === 'submitted')!
    const programmeIndicator = programme.indicators.find((i) => i.id === m.indicatorId)!
    db.putMeasurement(
      { ...m, status: 'verified', version: m.version + 1 },
      {
        at: '2025-07-01T09:00:00+07:00',
        by: mockUserIds.admin,
        action: 'verified',
        changes: [{ field: 'status', old: 'submitted', new: 'verified' }],
        comment: 'Khớp biên bản',
      },
    )
    await renderRoute(`/report/history/${m.id}`)
    const panel = await screen.findByRole('region', { name: 'Các thay đổi' })
    expect(await within(panel).findByText(programmeIndicator.name)).toBeInTheDocument()
    const rows = within(panel).getAllByRole('row').slice(1)
    expect(rows).toHaveLength(2)
    expect(rows[0]).toHaveTextContent('Tạo mới')
    expect(rows[0]).toHaveTextContent(bundle.units.find((u) => u.id === m.reportedBy)!.name)
    expect(rows[1]).toHaveTextContent(nameOf(mockUserIds.admin))
    expect(rows[1]).toHaveTextContent('Trạng thái: Đã gửi → Đã xác minh')
    expect(rows[1]).toHaveTextContent('Khớp biên bản')
  })
})
