import { screen, waitFor, within } from '@testing-library/react'
import { expect, test } from 'vitest'
import { renderRoute } from '@tests/render-route'
import { hold, requestsDuring } from '@tests/requests'

test('a page change keeps the current page on screen, marked busy, until the next one is ready; its section shows it is on its way', async () => {
  // The next page's list is held back: the page it replaces stays until it is in.
  const release = hold('/models')
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

test.each([
  {
    section: 'Mô hình',
    heading: /^Mô hình “Dân vận khéo”$/,
    requests: [/^\/models\?.*areaId=718/, /^\/models\/summary\?.*areaId=718/],
  },
  { section: 'Chỉ tiêu', heading: /^Chỉ tiêu/, requests: [/^\/measurements\?.*ancestorId=718/] },
  {
    section: 'Địa bàn',
    heading: /^Hồ sơ địa bàn/,
    requests: [/^\/measurements\?.*ancestorId=718/],
  },
])(
  "$section: the section's data is requested while the pointer rests on its link; following the link asks for nothing twice",
  async ({ section, heading, requests }) => {
    await requestsDuring(async (sent) => {
      const { user } = await renderRoute('/?area=718')
      await screen.findByRole('heading', { level: 1, name: /^Tổng quan/ })
      await waitFor(() => expect(document.querySelector('.skeleton')).toBeNull())
      const link = screen.getByRole('link', { name: section })
      await user.hover(link)
      // The filter bar's area travels with the link: the data are those of area 718.
      await waitFor(() =>
        expect(sent).toEqual(
          expect.arrayContaining(requests.map((request) => expect.stringMatching(request))),
        ),
      )
      await user.click(link)
      await screen.findByRole('heading', { level: 1, name: heading })
      await waitFor(() => expect(document.querySelector('.skeleton')).toBeNull())
      // Nothing was asked for twice: the page found the answers in the cache.
      expect(sent.filter((path, i) => sent.indexOf(path) !== i)).toEqual([])
    })
  },
)

test("a model's page loads while the pointer rests on its row's link; opening it asks for nothing twice", async () => {
  const { user } = await renderRoute('/models?area=718')
  const table = await screen.findByRole('table', { name: 'Các mô hình phù hợp với bộ lọc' })
  const link = within(table).getAllByRole('link')[0]
  if (!link) throw new Error('The registry shows no models.')
  const name = link.textContent ?? ''
  const id = link.getAttribute('href')?.split('?')[0]
  await requestsDuring(async (sent) => {
    await user.hover(link)
    await waitFor(() => expect(sent).toEqual(expect.arrayContaining([id, `${id}/lineage`])))
    await user.click(link)
    await screen.findByRole('heading', { level: 1, name })
    await waitFor(() => expect(document.querySelector('.skeleton')).toBeNull())
    expect(sent.filter((path, i) => sent.indexOf(path) !== i)).toEqual([])
  })
})
