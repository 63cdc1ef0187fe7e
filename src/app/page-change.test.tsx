import { screen } from '@testing-library/react'
import { http } from 'msw'
import { expect, test } from 'vitest'
import { server } from '@mocks/node'
import { renderRoute } from '@tests/render-route'

test('a page change keeps the current page on screen, marked busy, until the next one is ready', async () => {
  // The next page's list is held back: the page it replaces stays until it is in.
  let release = () => {}
  const gate = new Promise<void>((resolve) => (release = resolve))
  server.use(http.get('*/api/v1/models', () => gate.then(() => undefined)))
  try {
    const { user } = await renderRoute('/')
    const overview = await screen.findByRole('heading', { level: 1, name: /^Tổng quan/ })
    await user.click(screen.getByRole('link', { name: /^Mô hình$/ }))
    expect(overview).toBeInTheDocument()
    expect(screen.getByRole('main')).toHaveAttribute('aria-busy', 'true')

    release()
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Mô hình “Dân vận khéo”' }),
    ).toBeInTheDocument()
    expect(overview).not.toBeInTheDocument()
    expect(screen.getByRole('main')).toHaveAttribute('aria-busy', 'false')
  } finally {
    release()
  }
})
