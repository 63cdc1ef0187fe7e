import { http } from 'msw'
import { server } from '@mocks/node'

/**
 * The API requests sent while `run` runs, in order, each as its path and query without the
 * API's base (`/models?areaId=718`). `run` gets the list as it grows, to wait on it.
 */
export async function requestsDuring(run: (sent: string[]) => Promise<void>) {
  const sent: string[] = []
  const log = ({ request }: { request: Request }) => {
    const url = new URL(request.url)
    sent.push(`${url.pathname.replace('/api/v1', '')}${url.search}`)
  }
  server.events.on('request:start', log)
  try {
    await run(sent)
  } finally {
    server.events.removeListener('request:start', log)
  }
  return sent
}

/** The path of a request listed by `requestsDuring`, without its query. */
export const pathOf = (request: string) => request.split('?')[0] ?? request

/**
 * Holds back the answers of one endpoint (`/models`, `/programmes/:id`) until the returned
 * function is called. Answers nothing itself: once released, the request goes on to the real
 * handler.
 */
export function hold(path: string) {
  let release = () => {}
  const gate = new Promise<void>((resolve) => (release = resolve))
  server.use(http.get(`*/api/v1${path}`, () => gate.then(() => undefined)))
  return () => release()
}
