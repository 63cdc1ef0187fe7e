import { useLayoutEffect, type ReactNode } from 'react'
import { render, screen } from '@testing-library/react'
import { expect, test } from 'vitest'
import { Panel } from './panel'

/** What the page showed in its first commit, before any background render. */
function firstPaint(ui: ReactNode) {
  let shown = ''
  function Probe() {
    useLayoutEffect(() => {
      shown = document.body.textContent ?? ''
    }, [])
    return null
  }
  render(
    <>
      {ui}
      <Probe />
    </>,
  )
  return shown
}

test("a panel's content follows its frame, in a background render", async () => {
  const shown = firstPaint(
    <Panel title="Bảng" intro="Chú giải">
      <p>Nội dung</p>
    </Panel>,
  )
  expect(shown).toContain('Bảng')
  expect(shown).toContain('Chú giải')
  expect(shown).not.toContain('Nội dung')
  expect(await screen.findByText('Nội dung')).toBeInTheDocument()
})

test('an eager panel (content that needs no data) is drawn with its frame', () => {
  const shown = firstPaint(
    <Panel title="Quy tắc" eager>
      <p>Nội dung</p>
    </Panel>,
  )
  expect(shown).toContain('Nội dung')
})
