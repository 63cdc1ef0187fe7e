import { screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { db } from '@mocks/node'
import { mockUserIds } from '@mocks/mock-users'
import { setToday } from '@/shared/lib/today'
import { bundle, subtreeIds } from '@tests/bundle'
import { renderRoute } from '@tests/render-route'

const vi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 })

beforeEach(() => {
  localStorage.clear()
  setToday('2025-06-30')
})
afterEach(() => setToday(undefined))

async function resultCount() {
  const status = await screen.findByText(/^Tìm thấy [\d.]+ mô hình/)
  return Number(/Tìm thấy ([\d.]+)/.exec(status.textContent ?? '')![1]!.replace(/\./g, ''))
}

describe('Register and edit a model', () => {
  test('an editor registers a model; it appears in the list and the counts', async () => {
    db.currentUserId = mockUserIds.communeEditor
    const { user, router } = await renderRoute('/models/new?area=25747')
    await screen.findByRole('heading', { level: 1, name: /Đăng ký mô hình/ })
    const name = 'Tủ sách XYZ'
    await user.type(await screen.findByRole('textbox', { name: /Tên mô hình/ }), name)
    expect(screen.getByRole('combobox', { name: /Địa bàn/ })).toHaveValue('25747')
    await user.selectOptions(
      screen.getByRole('combobox', { name: /Đơn vị chủ trì/ }),
      'u-25747-youth-union',
    )
    await user.selectOptions(screen.getByRole('combobox', { name: /Phong trào/ }), 'dan-van-kheo')
    await user.selectOptions(screen.getByRole('combobox', { name: /Lĩnh vực/ }), 'cultural-social')
    await user.type(screen.getByLabelText(/Ngày bắt đầu/), '2025-03-01')
    await user.type(screen.getByRole('textbox', { name: /Số người hưởng lợi/ }), '1.250')
    await user.type(screen.getByRole('textbox', { name: /Kinh phí huy động/ }), '15.000.000')
    await user.click(screen.getByRole('button', { name: 'Đăng ký mô hình' }))

    expect(await screen.findByRole('heading', { level: 1, name })).toBeInTheDocument()
    expect(screen.getByText('Đã đăng ký mô hình.')).toBeInTheDocument()
    const details = screen.getByRole('region', { name: 'Thông tin mô hình' })
    expect(await within(details).findByText('1.250 người')).toBeInTheDocument()
    expect(within(details).getByText(/15\.000\.000\s₫/)).toBeInTheDocument()

    await router.navigate(`/models?q=${encodeURIComponent('tu sach xyz')}`)
    expect(await screen.findByRole('link', { name })).toBeInTheDocument()
    await router.navigate('/models?area=25747')
    const ids = subtreeIds('25747')
    const before = bundle.models.filter((m) => ids.has(m.areaId)).length
    await screen.findByText(new RegExp(`^Tìm thấy ${vi.format(before + 1)} mô hình`))
    expect(await resultCount()).toBe(before + 1)
  })

  test('bad input gets field-level messages and survives a reload as a draft', async () => {
    const { user, unmount } = await renderRoute('/models/new')
    await user.click(await screen.findByRole('button', { name: 'Đăng ký mô hình' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Chưa lưu được: có 6 mục cần sửa.')
    expect(screen.getAllByText('Vui lòng nhập hoặc chọn mục này.')).toHaveLength(6)
    const nameBox = screen.getByRole('textbox', { name: /Tên mô hình/ })
    expect(nameBox).toHaveAttribute('aria-invalid', 'true')

    await user.type(nameBox, 'Nháp')
    await user.type(screen.getByLabelText(/Ngày bắt đầu/), '2025-07-01')
    expect(await screen.findByText(/Ngày không được sau hôm nay/)).toBeInTheDocument()
    await user.type(screen.getByRole('textbox', { name: /Số người hưởng lợi/ }), '12,5')
    expect(await screen.findByText('Hãy nhập số nguyên.')).toBeInTheDocument()
    // The name is fixed; the date and the number now have their own problems.
    expect(screen.getByRole('alert')).toHaveTextContent('có 6 mục cần sửa')
    expect(nameBox).not.toHaveAttribute('aria-invalid')

    unmount()
    await renderRoute('/models/new')
    expect(await screen.findByText(/Đã khôi phục nội dung bạn nhập dở/)).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: /Tên mô hình/ })).toHaveValue('Nháp')
    expect(screen.getByRole('textbox', { name: /Số người hưởng lợi/ })).toHaveValue('12,5')
  })

  test('outside the editor’s areas the form is read-only, with the reason', async () => {
    db.currentUserId = mockUserIds.districtEditor
    const outside = bundle.models.find((m) => !subtreeIds('718').has(m.areaId))!
    await renderRoute(`/models/${outside.id}/edit`)
    expect(await screen.findByText(/nằm ngoài phạm vi phụ trách của tài khoản/)).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: /Tên mô hình/ })).toBeDisabled()
    expect(screen.getByRole('button', { name: 'Lưu thay đổi' })).toBeDisabled()
  })

  test('the server refuses (403) a user who lost the right: the input is kept', async () => {
    const model = bundle.models.find((m) => m.id === 'mh-0027')!
    const { user } = await renderRoute(`/models/${model.id}/edit`)
    const nameBox = await screen.findByRole('textbox', { name: /Tên mô hình/ })
    await user.clear(nameBox)
    await user.type(nameBox, 'Tên đã sửa')
    db.currentUserId = mockUserIds.viewer
    await user.click(screen.getByRole('button', { name: 'Lưu thay đổi' }))
    expect(
      await screen.findByText('Bạn không có quyền thực hiện thao tác này.'),
    ).toBeInTheDocument()
    expect(screen.getByText(/Chưa lưu được\. Nội dung bạn nhập vẫn được giữ nguyên/)).toBeVisible()
    expect(nameBox).toHaveValue('Tên đã sửa')
    expect(db.models.get(model.id)?.name).toBe(model.name)
  })

  test('a stale edit (409) shows both versions; keeping mine saves over the new one', async () => {
    const model = bundle.models.find((m) => m.id === 'mh-0027')!
    const { user } = await renderRoute(`/models/${model.id}/edit`)
    const people = await screen.findByRole('textbox', { name: /Số người hưởng lợi/ })
    await user.clear(people)
    await user.type(people, '999')
    const theirs = { ...db.models.get(model.id)!, name: 'Tên do người khác sửa' }
    db.putModel({ ...theirs, version: theirs.version + 1 })

    await user.click(screen.getByRole('button', { name: 'Lưu thay đổi' }))
    const conflict = await screen.findByRole('alert', {
      name: 'Bản ghi đã được người khác thay đổi',
    })
    const nameRow = within(conflict).getByRole('row', { name: /Tên mô hình/ })
    expect(nameRow).toHaveTextContent(model.name)
    expect(nameRow).toHaveTextContent('Tên do người khác sửa')
    await user.click(within(conflict).getByRole('button', { name: 'Giữ bản của tôi và lưu lại' }))

    expect(await screen.findByRole('heading', { level: 1, name: model.name })).toBeInTheDocument()
    expect(await screen.findByText('999 người')).toBeInTheDocument()
    expect(db.models.get(model.id)).toMatchObject({
      beneficiaries: 999,
      version: model.version + 2,
    })
  })

  test('the area is chosen level by level; “all of” a district places the model on it', async () => {
    const { user } = await renderRoute('/models/new')
    const area = await screen.findByRole('group', { name: 'Địa bàn' })
    const options = (select: HTMLElement) =>
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent)
    // One list per level, each only as long as one area's children.
    expect(within(area).getAllByRole('combobox')).toHaveLength(1)
    const province = within(area).getByRole('combobox', { name: 'Địa bàn Tỉnh' })
    await user.selectOptions(province, '74')
    const district = within(area).getByRole('combobox', {
      name: 'Địa bàn Huyện/thị xã/thành phố',
    })
    const districts = bundle.areas.filter((a) => a.parentId === '74')
    expect(options(district)).toHaveLength(districts.length + 1)
    expect(options(district)[0]).toBe('Toàn bộ Tỉnh Bình Dương')
    await user.selectOptions(district, '718')
    const commune = within(area).getByRole('combobox', { name: 'Địa bàn Xã/phường/thị trấn' })
    expect(commune).toHaveValue('')
    expect(options(commune)).toHaveLength(
      bundle.areas.filter((a) => a.parentId === '718').length + 1,
    )
    // The district itself is chosen: its units are offered.
    const unit = screen.getByRole('combobox', { name: /Đơn vị chủ trì/ })
    expect(within(unit).getByRole('group', { name: 'Thành phố Thủ Dầu Một' })).toBeInTheDocument()
    expect(within(unit).queryByRole('group', { name: 'Phường Phú Cường' })).toBeNull()

    await user.selectOptions(commune, '25747')
    expect(within(unit).getByRole('group', { name: 'Phường Phú Cường' })).toBeInTheDocument()
    await user.selectOptions(district, '')
    expect(province).toHaveValue('74')
    expect(within(area).getAllByRole('combobox')).toHaveLength(2)
  })
})
