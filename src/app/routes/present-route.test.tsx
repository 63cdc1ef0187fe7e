import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { bundle, areaById } from '@tests/bundle'
import { currentUrl, renderRoute } from '@tests/render-route'

const programme = bundle.programmes[0]!
const root = bundle.areas.find((a) => a.parentId === null)!
const collator = new Intl.Collator('vi')
const childrenOf = (id: string) =>
  bundle.areas.filter((a) => a.parentId === id).sort((a, b) => collator.compare(a.name, b.name))

const currentSlide = () =>
  screen.getAllByRole('region', { hidden: false }).find((el) => el.hasAttribute('data-current'))!

describe('Presenter deck', () => {
  test('is generated from the filters: title, KPIs, status, one slide per indicator, ranking, highlights, attention', async () => {
    const district = areaById('718')
    await renderRoute('/present?area=718&year=2024')
    const progress = await screen.findByRole('progressbar', { name: /Trang 1 trên/ })
    const count = programme.indicators.length + 6
    expect(progress).toHaveAttribute('max', String(count))
    expect(currentSlide()).toHaveAccessibleName(`Trang 1/${count}: ${programme.name}`)
    expect(currentSlide()).toHaveTextContent(district.name)
    expect(currentSlide()).toHaveTextContent('Kết quả tính đến năm 2024')
    // Every slide says what it shows: programme, area, year.
    for (const slide of document.querySelectorAll('.slide'))
      expect(slide.querySelector('.slide__caption')).toHaveTextContent(
        new RegExp(`${programme.shortName} · .+ · Tính đến năm 2024`),
      )
  })

  test('keys move through the deck and the slide number follows in the URL', async () => {
    const { user, router } = await renderRoute('/present?area=718')
    await screen.findByRole('progressbar')
    await user.keyboard('{ArrowRight}')
    expect(currentUrl(router)).toBe('/present?area=718&slide=2')
    expect(currentSlide()).toHaveAccessibleName(/^Trang 2\/\d+: Số liệu chính/)
    await user.keyboard('{PageDown}{ }')
    expect(currentUrl(router)).toContain('slide=4')
    await user.keyboard('{PageUp}')
    expect(currentUrl(router)).toContain('slide=3')
    await user.keyboard('{End}')
    expect(currentSlide()).toHaveAccessibleName(/Cần tập trung chỉ đạo$/)
    await user.keyboard('{Home}')
    expect(currentUrl(router)).toContain('slide=1')
    await user.keyboard('4{Enter}')
    const indicator = programme.indicators[0]!
    expect(currentSlide()).toHaveAccessibleName(new RegExp(`^Trang 4/\\d+: ${indicator.code} `))
    await user.keyboard('{Escape}')
    await waitFor(() => expect(currentUrl(router)).toBe('/?area=718'))
  })

  test('a pasted URL opens its slide; a tour steps through every child area', async () => {
    const children = childrenOf(root.id)
    await renderRoute(`/present?tour=targets&slide=3`)
    const slide = await screen.findByRole('region', {
      name: `Trang 3/${children.length + 1}: Tình hình thực hiện chỉ tiêu: ${children[1]!.name}`,
    })
    expect(slide).toHaveAttribute('data-current')
    expect(
      within(slide).getByRole('table', { name: `Bảng chỉ tiêu: ${children[1]!.name}` }),
    ).toBeInTheDocument()
  })

  test('clicking the right half goes forward and the left half back', async () => {
    const { router } = await renderRoute('/present?area=718&slide=2')
    await screen.findByRole('progressbar')
    const viewport = document.querySelector('.deck__viewport')!
    viewport.getBoundingClientRect = () =>
      ({ left: 0, width: 1000, top: 0, height: 600 }) as DOMRect
    fireEvent.click(viewport, { clientX: 900 })
    expect(currentUrl(router)).toContain('slide=3')
    fireEvent.click(viewport, { clientX: 100 })
    fireEvent.click(viewport, { clientX: 100 })
    expect(currentUrl(router)).toContain('slide=1')
  })

  test('the Overview opens the deck with its filters', async () => {
    const { user, router } = await renderRoute('/?area=718&year=2023')
    await user.click(await screen.findByRole('link', { name: 'Mở dạng trình chiếu' }))
    await screen.findByRole('progressbar')
    expect(currentUrl(router)).toBe('/present?area=718&year=2023')
  })
})
