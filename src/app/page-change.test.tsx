import { screen } from '@testing-library/react'
import { http } from 'msw'
import { expect, test } from 'vitest'
import { server } from '@mocks/node'
import { renderRoute } from '@tests/render-route'

test('a page change keeps the current page on screen, marked busy, until the next one is ready; its section shows it is on its way', async () => {
  // The next page's list is held back: the page it replaces stays until it is in.
  let release = () => {}
  const gate = new Promise<void>((resolve) => (release = resolve))
  server.use(http.get('*/api/v1/models', () => gate.then(() => undefined)))
  try {
    const { user } = await renderRoute('/')
    const overview = await screen.findByRole('heading', { level: 1, name: /^Tổng quan/ })
    const models = screen.getByRole('link', { name: /^Mô hình$/ })
    await user.click(models)
    expect(overview).toBeInTheDocument()
    expect(screen.getByRole('main')).toHaveAttribute('aria-busy', 'true')
    expect(models).toHaveAttribute('aria-busy', 'true')
    expect(screen.getByRole('link', { name: /^Tổng quan$/ })).toHaveAttribute('aria-busy', 'false')

    release()
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Mô hình “Dân vận khéo”' }),
    ).toBeInTheDocument()
    expect(overview).not.toBeInTheDocument()
    expect(screen.getByRole('main')).toHaveAttribute('aria-busy', 'false')
    expect(models).toHaveAttribute('aria-current', 'page')
    expect(models).toHaveAttribute('aria-busy', 'false')
  } finally {
    release()
  }
})
