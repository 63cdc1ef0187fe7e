import { act, render, screen } from '@testing-library/react'
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest'
import { initI18n } from '@/shared/i18n/i18n'
import { ChartFrame, DrawAheadContext } from './chart-frame'
import { ShownContext } from './use-near-viewport'

/** The viewport as the browser reports it: jsdom has no IntersectionObserver of its own. */
let reportNear: (near: boolean) => void = () => {}
class ViewportObserver {
  constructor(callback: (entries: { isIntersecting: boolean }[]) => void) {
    reportNear = (near) => act(() => callback([{ isIntersecting: near }]))
  }
  observe() {}
  disconnect() {}
}

const frame = (drawn: string) => (
  <ChartFrame
    label="Models by district"
    summary={`Summary of ${drawn}`}
    chart={<p>{drawn}</p>}
    height={200}
    table={<p>table</p>}
    exportable={false}
  />
)

describe('a chart away from the viewport', () => {
  beforeAll(() => initI18n('en'))
  beforeEach(() => vi.stubGlobal('IntersectionObserver', ViewportObserver))
  afterEach(() => vi.unstubAllGlobals())

  test('keeps its drawing while away and draws the current data when it comes near', () => {
    const { rerender } = render(frame('2024'))
    expect(screen.getByText('2024')).toBeInTheDocument()

    reportNear(false)
    rerender(frame('2025'))
    expect(screen.getByText('2024')).toBeInTheDocument()
    // The text around the drawing is always current.
    expect(screen.getByText('Summary of 2025')).toBeInTheDocument()

    reportNear(true)
    expect(screen.getByText('2025')).toBeInTheDocument()
    expect(screen.queryByText('2024')).not.toBeInTheDocument()
  })

  test('far from the viewport, it is drawn when it comes near, in the space kept for it', () => {
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue(
      new DOMRect(0, 5000, 800, 400),
    )
    render(frame('2024'))
    expect(screen.queryByText('2024')).not.toBeInTheDocument()
    expect(screen.getByRole('img', { name: 'Models by district' }).firstElementChild).toHaveStyle({
      height: '200px',
    })

    reportNear(true)
    expect(screen.getByText('2024')).toBeInTheDocument()
  })

  test('far from the viewport, it is drawn once the browser is idle', async () => {
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue(
      new DOMRect(0, 5000, 800, 400),
    )
    render(frame('2024'))
    expect(screen.queryByText('2024')).not.toBeInTheDocument()
    // jsdom has no idle callbacks: the fallback counts the page as idle shortly after.
    expect(await screen.findByText('2024')).toBeInTheDocument()
  })

  test('a hidden chart (a deck’s other slides) is drawn when it is shown', () => {
    const { rerender } = render(<ShownContext value={false}>{frame('2024')}</ShownContext>)
    expect(screen.queryByText('2024')).not.toBeInTheDocument()
    rerender(<ShownContext value={true}>{frame('2024')}</ShownContext>)
    expect(screen.getByText('2024')).toBeInTheDocument()
  })

  test('not drawn ahead (a deck’s slides away from the current one), it waits until shown', async () => {
    const slides = (shown: boolean) => (
      <>
        <ShownContext value={shown}>
          <DrawAheadContext value={false}>{frame('far slide')}</DrawAheadContext>
        </ShownContext>
        <ShownContext value={false}>{frame('next slide')}</ShownContext>
      </>
    )
    const { rerender } = render(slides(false))
    // The browser has been idle (the far slide's chart came first): only the next one is drawn.
    expect(await screen.findByText('next slide')).toBeInTheDocument()
    expect(screen.queryByText('far slide')).not.toBeInTheDocument()
    rerender(slides(true))
    expect(screen.getByText('far slide')).toBeInTheDocument()
  })

  test('is drawn with the current data for printing', () => {
    const { rerender } = render(frame('2024'))
    reportNear(false)
    rerender(frame('2025'))
    act(() => {
      window.dispatchEvent(new Event('beforeprint'))
    })
    expect(screen.getByText('2025')).toBeInTheDocument()
  })
})
