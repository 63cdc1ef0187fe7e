import { useEffect } from 'react'
import { act, render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useLocation, useNavigate, type Location, type NavigateFunction } from 'react-router'
import { App } from '@/app/app'
import { createQueryClient } from '@/app/create-query-client'
import { changeLanguage, initI18n, type Language } from '@/shared/i18n/i18n'

/** What a test sees of the router: the current location, and navigation as a user's. */
type TestRouter = {
  state: { location: Location }
  navigate: (to: string | number) => Promise<void>
}

/**
 * Renders the real route table at a URL, with a fresh query client (no
 * automatic retries, so error states show at once) and the real MSW handlers.
 */
export async function renderRoute(url: string, { language = 'vi' as Language } = {}) {
  await initI18n(language)
  await changeLanguage(language)
  const queryClient = createQueryClient({ retry: false })
  const user = userEvent.setup()
  let navigateTo: NavigateFunction | undefined
  const router: TestRouter = {
    state: { location: { pathname: '', search: '', hash: '', state: null, key: '' } },
    navigate: async (to) => {
      await act(async () => {
        if (typeof to === 'number') await navigateTo?.(to)
        else await navigateTo?.(to)
      })
    },
  }
  function RouterProbe() {
    const location = useLocation()
    const navigate = useNavigate()
    useEffect(() => {
      router.state.location = location
      navigateTo = navigate
    })
    return null
  }
  // Errors caught by a boundary are shown to the user (tests assert on that), not logged.
  const caughtErrors: unknown[] = []
  const view = render(
    <App queryClient={queryClient} initialUrl={url}>
      <RouterProbe />
    </App>,
    { onCaughtError: (error) => caughtErrors.push(error) },
  )
  return { ...view, user, router, queryClient, caughtErrors }
}

/** The current URL of the router, as path + search. */
export const currentUrl = (router: TestRouter) =>
  `${router.state.location.pathname}${router.state.location.search}`
