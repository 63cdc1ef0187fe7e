import { screen, within } from '@testing-library/react'
import { afterEach, describe, expect, test } from 'vitest'
import { mockUserIds } from '@mocks/mock-users'
import { db } from '@mocks/node'
import { bundle } from '@tests/bundle'
import { renderRoute } from '@tests/render-route'

const programme = bundle.programmes[0]!
const ratio = programme.indicators.find((i) => i.aggregation === 'ratio')!
const count = programme.indicators.find((i) => i.aggregation === 'sum' && i.unit === 'count')!
const stored = (indicatorId: string, areaId: string, year: number) =>
  [...db.measurements.values()].find(
    (m) => m.indicatorId === indicatorId && m.areaId === areaId && m.year === year,
  )
const form = () => screen.findByRole('region', { name: 'Nhập số liệu' })
const countUrl = (area: string, year: number) =>
  `/report?indicator=${count.id}&area=${area}&year=${year}`

describe('Reporting: data entry', () => {
  // Drafts live in localStorage: start every test without them.
  afterEach(() => localStorage.clear())

  test('an editor enters numerator and denominator, sees the percentage live, submits, and the Overview shows it', async () => {
    db.currentUserId = mockUserIds.districtEditor
    const { user, router } = await renderRoute(`/report?indicator=${ratio.id}&area=718&year=2025`)
    const panel = await form()
    expect(
      await within(panel).findByText(/Chưa có số liệu của Thành phố Thủ Dầu Một năm 2025/),
    ).toBeInTheDocument()
    await user.type(await within(panel).findByLabelText(new RegExp(ratio.numeratorLabel!)), '1.450')
    await user.type(within(panel).getByLabelText(new RegExp(ratio.denominatorLabel!)), '2.000')
    expect(within(panel).getByRole('status', { name: 'Kết quả' })).toHaveTextContent('72,5')
    await user.click(within(panel).getByRole('button', { name: 'Lưu và gửi xác minh' }))
    expect(await within(panel).findByText('Đã lưu và gửi để xác minh.')).toBeInTheDocument()
    expect(stored(ratio.id, '718', 2025)).toMatchObject({
      numerator: 1450,
      denominator: 2000,
      value: 72.5,
      status: 'submitted',
    })
    const waiting = screen.getByRole('region', { name: 'Đang chờ xác minh' })
    expect(await within(waiting).findByText(/1\.450\/2\.000/)).toBeInTheDocument()

    // The same client, no reload: the dashboard reflects the saved figure.
    await router.navigate(`/?area=718&year=2025&indicator=${ratio.id}`)
    const headline = await screen.findByRole('region', { name: 'Chỉ tiêu tiêu biểu' })
    expect(await within(headline).findByText(/^1\.450\/2\.000/)).toBeInTheDocument()
  })

  test('each rule gets a field-level message and nothing is saved', async () => {
    const before = db.measurements.size
    const { user } = await renderRoute(`/report?indicator=${ratio.id}&area=718&year=2025`)
    const panel = await form()
    const numerator = await within(panel).findByLabelText(new RegExp(ratio.numeratorLabel!))
    const denominator = within(panel).getByLabelText(new RegExp(ratio.denominatorLabel!))
    const save = within(panel).getByRole('button', { name: 'Lưu nháp' })

    await user.click(save)
    expect(numerator).toHaveAccessibleDescription(`Vui lòng nhập “${ratio.numeratorLabel}”.`)
    expect(numerator).toHaveFocus()

    await user.type(numerator, '1,234.5') // English format in Vietnamese
    expect(numerator).toHaveAccessibleDescription(
      /không phải là số hợp lệ\. Nhập số theo dạng 1\.234,5/,
    )
    await user.clear(numerator)
    await user.type(numerator, '-3')
    expect(numerator).toHaveAccessibleDescription(/không được là số âm/)
    await user.clear(numerator)
    await user.type(numerator, '12')
    await user.type(denominator, '10')
    await user.click(save)
    expect(numerator).toHaveAccessibleDescription(/không được lớn hơn mẫu số \(10\)/)
    await user.clear(denominator)
    await user.type(denominator, '0')
    expect(denominator).toHaveAccessibleDescription(/phải lớn hơn 0/)
    expect(within(panel).getByRole('alert')).toHaveTextContent('Số liệu chưa được lưu')
    expect(db.measurements.size).toBe(before)
    // Only the programme's years can be chosen.
    const years = within(panel).getByLabelText('Năm')
    expect([...years.querySelectorAll('option')].map((o) => Number(o.value))).toEqual(
      Array.from(
        { length: programme.endYear - programme.startYear + 1 },
        (_, i) => programme.startYear + i,
      ),
    )
  })

  test('in English, numbers are read as 1,234; a jump over 50 % warns but does not block', async () => {
    const previous = stored(count.id, '25747', 2024)!
    const current = stored(count.id, '25747', 2025)!
    const { user } = await renderRoute(countUrl('25747', 2025), { language: 'en' })
    const panel = await screen.findByRole('region', { name: 'Enter a figure' })
    const value = await within(panel).findByLabelText(/^Number/)
    await user.clear(value)
    const typed = previous.value * 3 + 1000
    await user.type(value, new Intl.NumberFormat('en-GB').format(typed))
    expect(
      within(panel).getByText(/Please double-check: the result changes by \+/),
    ).toBeInTheDocument()
    await user.click(within(panel).getByRole('button', { name: 'Save draft' }))
    expect(await within(panel).findByText('Draft saved.')).toBeInTheDocument()
    expect(stored(count.id, '25747', 2025)).toMatchObject({
      value: typed,
      status: 'draft',
      version: current.version + 1,
    })
  })

  test('a viewer sees why there is no form; an editor outside the scope sees why and a way back', async () => {
    db.currentUserId = mockUserIds.viewer
    const first = await renderRoute(countUrl('718', 2025))
    const panel = await form()
    expect(await within(panel).findByText(/vai trò Người xem/)).toBeInTheDocument()
    expect(within(panel).queryByRole('button', { name: 'Lưu nháp' })).not.toBeInTheDocument()
    first.unmount()

    db.currentUserId = mockUserIds.communeEditor
    const { user } = await renderRoute(countUrl('718', 2025))
    const scoped = await form()
    expect(
      await within(scoped).findByText(/không được báo cáo số liệu cho Thành phố Thủ Dầu Một/),
    ).toBeInTheDocument()
    expect(within(scoped).queryByRole('button', { name: 'Lưu nháp' })).not.toBeInTheDocument()
    await user.click(within(scoped).getByRole('button', { name: 'Báo cáo cho Phường Phú Cường' }))
    expect(await within(scoped).findByRole('button', { name: 'Lưu nháp' })).toBeInTheDocument()
  })

  test('a stale save shows both versions; nothing typed is lost and "keep mine" saves it', async () => {
    const original = stored(count.id, '25747', 2024)!
    const { user } = await renderRoute(countUrl('25747', 2024))
    const panel = await form()
    const value = await within(panel).findByLabelText(/^Số lượng/)
    await user.clear(value)
    await user.type(value, '7')
    // Someone else saves in between.
    db.putMeasurement(
      { ...original, value: 5, version: original.version + 1 },
      {
        at: new Date().toISOString(),
        by: mockUserIds.communeEditor,
        action: 'updated',
        changes: [],
      },
    )
    await user.click(within(panel).getByRole('button', { name: 'Lưu nháp' }))
    const conflict = await within(panel).findByRole('alert', {
      name: 'Bản ghi đã được người khác thay đổi',
    })
    const valueRow = within(conflict).getByRole('row', { name: /Số lượng/ })
    expect(
      within(valueRow)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['7', '5'])
    expect(value).toHaveValue('7')
    await user.click(within(conflict).getByRole('button', { name: 'Giữ bản của tôi và lưu lại' }))
    expect(await within(panel).findByText('Đã lưu nháp.')).toBeInTheDocument()
    expect(stored(count.id, '25747', 2024)).toMatchObject({
      value: 7,
      version: original.version + 2,
    })
  })

  test('typed input survives a reload', async () => {
    const first = await renderRoute(countUrl('25747', 2024))
    const value = await within(await form()).findByLabelText(/^Số lượng/)
    await first.user.clear(value)
    await first.user.type(value, '42')
    first.unmount()
    await renderRoute(countUrl('25747', 2024))
    const panel = await form()
    expect(await within(panel).findByLabelText(/^Số lượng/)).toHaveValue('42')
    expect(within(panel).getByText(/Đã khôi phục nội dung bạn nhập/)).toBeInTheDocument()
  })
})
