import { act, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { INTENT_MS, usePreloadOnIntent } from './use-preload-on-intent'

let loaded: string[] = []

function Links() {
  usePreloadOnIntent((url) => loaded.push(url))
  return (
    <>
      <a href="/models/m-7?area=718">
        <span>Mô hình 7</span>
      </a>
      <a href="/targets">Chỉ tiêu</a>
      <a href="https://example.org/models">Elsewhere</a>
      <a href="/export.csv" download>
        CSV
      </a>
    </>
  )
}

beforeEach(() => {
  loaded = []
  vi.useFakeTimers()
})
afterEach(() => vi.useRealTimers())

const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms))

test('a link the pointer rests on loads its page (path and query), once', async () => {
  render(<Links />)
  const link = screen.getByRole('link', { name: 'Mô hình 7' })
  fireEvent.pointerOver(link)
  // From the link onto its text: still the same link.
  fireEvent.pointerOut(link, { relatedTarget: screen.getByText('Mô hình 7') })
  fireEvent.pointerOver(screen.getByText('Mô hình 7'))
  await wait(INTENT_MS)
  expect(loaded).toEqual(['/models/m-7?area=718'])
})

test('a pointer passing over links on its way elsewhere loads nothing', async () => {
  render(<Links />)
  const [first, second] = [screen.getByText('Mô hình 7'), screen.getByText('Chỉ tiêu')]
  fireEvent.pointerOver(first)
  await wait(INTENT_MS / 2)
  fireEvent.pointerOut(first, { relatedTarget: second })
  fireEvent.pointerOver(second)
  await wait(INTENT_MS / 2)
  fireEvent.pointerOut(second, { relatedTarget: document.body })
  await wait(INTENT_MS * 3)
  expect(loaded).toEqual([])
})

test('the focus resting on a link loads its page; other sites and downloads load nothing', async () => {
  render(<Links />)
  for (const name of ['Chỉ tiêu', 'Elsewhere', 'CSV']) {
    fireEvent.focusIn(screen.getByRole('link', { name }))
    await wait(INTENT_MS)
  }
  expect(loaded).toEqual(['/targets'])
})
