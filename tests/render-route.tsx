import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter } from 'react-router'
import { App } from '@/app/app'
import { createQueryClient } from '@/app/create-query-client'
import { routes } from '@/app/routes'
import { changeLanguage, initI18n, type Language } from '@/shared/i18n/i18n'

/**
 * Renders the real route table at a URL, with a fresh query client (no
 * automatic retries, so error states show at once) and the real MSW handlers.
 */
export async function renderRoute(url: string, { language = 'vi' as Language } = {}) {
  await initI18n(language)
  await changeLanguage(language)
  const router = createMemoryRouter(routes, { initialEntries: [url] })
  const queryClient = createQueryClient({ retry: false })
  const user = userEvent.setup()
  // Errors caught by a boundary are shown to the user (tests assert on that), not logged.
  const caughtErrors: unknown[] = []
  const view = render(<App queryClient={queryClient} router={router} />, {
    onCaughtError: (error) => caughtErrors.push(error),
  })
  return { ...view, user, router, queryClient, caughtErrors }
}

/** The current URL of a memory router, as path + search. */
export const currentUrl = (router: { state: { location: { pathname: string; search: string } } }) =>
  `${router.state.location.pathname}${router.state.location.search}`
