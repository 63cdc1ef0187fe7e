import { describe, expect, test, vi } from 'vitest'
import { createQueryClient } from './create-query-client'
import { hold, requestsDuring } from '@tests/requests'
import { referenceQueries } from '@/api/reference-queries'
import { prefetchPageData } from './prefetch'
import { routes } from './routes'

describe('requests of a page before it renders', () => {
  test("the Overview's data is requested while the programme is still on its way", async () => {
    // The programme's answer is held back: the Overview's own requests must not wait for it.
    const release = hold('/programmes/:id')
    await requestsDuring(async (sent) => {
      const queryClient = createQueryClient({ retry: false })
      const done = prefetchPageData(queryClient, routes, {
        pathname: '/',
        search: '?area=718&year=2023',
      })
      await vi.waitFor(() =>
        expect(sent).toEqual(
          expect.arrayContaining([
            expect.stringMatching(/^\/programmes\/[^?]+$/),
            expect.stringMatching(/^\/targets\?programmeId=/),
            expect.stringMatching(/^\/measurements\/figures\?.*areaId=718/),
            '/models/stats?groupBy=status&areaId=718&to=2023',
            '/models/stats?groupBy=area&areaId=718&to=2023',
          ]),
        ),
      )
      release()
      await done
    }).finally(release)
  })

  const requestsFor = (pathname: string, search: string) =>
    requestsDuring(async () => {
      await prefetchPageData(createQueryClient({ retry: false }), routes, { pathname, search })
      await new Promise((resolve) => setTimeout(resolve, 50))
    })

  test("the registry's rows and summary are requested for the URL's own parameters", async () => {
    const sent = await requestsFor('/models', '?area=718&q=ca+phe&page=2')
    expect(sent).toEqual(
      expect.arrayContaining([
        '/units',
        '/movements',
        expect.stringMatching(/^\/models\?(?=.*areaId=718)(?=.*q=ca\+phe)(?=.*page=2)/),
        expect.stringMatching(/^\/models\/summary\?(?=.*areaId=718)(?=.*q=ca\+phe)(?!.*page=)/),
      ]),
    )
  })

  test("the targets page's measurements are requested for the area in the URL", async () => {
    const sent = await requestsFor('/targets', '?area=718')
    expect(sent).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\/targets\?programmeId=/),
        expect.stringMatching(/^\/measurements\?(?=.*ancestorId=718)/),
      ]),
    )
  })

  test("an indicator's page asks for the figures of the area and of its children, not every measurement", async () => {
    const sent = await requestsFor('/targets/some-indicator', '?area=718')
    expect(sent).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\/targets\?programmeId=/),
        expect.stringMatching(/^\/measurements\/figures\?(?=.*areaId=718)/),
        expect.stringMatching(/^\/measurements\/figures\?(?=.*parentId=718)/),
      ]),
    )
    expect(sent.filter((path) => path.startsWith('/measurements?'))).toEqual([])
  })

  test("a model's page requests the model and its lineage", async () => {
    const sent = await requestsFor('/models/m-1', '')
    expect(sent).toEqual(expect.arrayContaining(['/models/m-1', '/models/m-1/lineage', '/me']))
  })

  test('a page without its own requests starts only the shared reference data', async () => {
    const sent = await requestsFor('/report/import', '')
    expect(sent.filter((path) => !path.startsWith('/programmes/')).sort()).toEqual([
      '/areas',
      '/programmes',
    ])
  })

  test("it resolves once the page's own data is in: the first render waits for it", async () => {
    const release = hold('/measurements')
    const queryClient = createQueryClient({ retry: false })
    let done = false
    const prefetched = prefetchPageData(queryClient, routes, {
      pathname: '/targets',
      search: '?area=718',
    }).then(() => (done = true))
    try {
      await vi.waitFor(() =>
        expect(queryClient.getQueryState(referenceQueries.programmes().queryKey)?.status).toBe(
          'success',
        ),
      )
      await new Promise((resolve) => setTimeout(resolve, 100))
      expect(done).toBe(false)
    } finally {
      release()
    }
    await prefetched
    expect(done).toBe(true)
  })
})
