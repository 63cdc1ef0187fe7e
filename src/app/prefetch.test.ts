import { http } from 'msw'
import { describe, expect, test, vi } from 'vitest'
import { server } from '@mocks/node'
import { createQueryClient } from './create-query-client'
import { prefetchStartData } from './prefetch'

describe('start-up requests', () => {
  test("the Overview's data is requested while the programme is still on its way", async () => {
    // The programme's answer is held back: the Overview's own requests must not wait for it.
    let release = () => {}
    const gate = new Promise<void>((resolve) => (release = resolve))
    server.use(http.get('*/api/v1/programmes/:id', () => gate.then(() => undefined)))
    const sent: string[] = []
    const log = ({ request }: { request: Request }) => {
      const url = new URL(request.url)
      sent.push(`${url.pathname.replace('/api/v1', '')}${url.search}`)
    }
    server.events.on('request:start', log)
    try {
      const queryClient = createQueryClient({ retry: false })
      const done = prefetchStartData(queryClient, { pathname: '/', search: '?area=718&year=2023' })
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
    } finally {
      release()
      server.events.removeListener('request:start', log)
    }
  })

  test('other pages start only the shared reference data', async () => {
    const sent: string[] = []
    const log = ({ request }: { request: Request }) => {
      sent.push(new URL(request.url).pathname.replace('/api/v1', ''))
    }
    server.events.on('request:start', log)
    try {
      await prefetchStartData(createQueryClient({ retry: false }), {
        pathname: '/models',
        search: '',
      })
      await new Promise((resolve) => setTimeout(resolve, 50))
      expect(sent.filter((path) => !path.startsWith('/programmes/')).sort()).toEqual([
        '/areas',
        '/programmes',
      ])
    } finally {
      server.events.removeListener('request:start', log)
    }
  })
})
