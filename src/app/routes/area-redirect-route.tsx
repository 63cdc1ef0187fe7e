import { Navigate, useLocation, useParams } from 'react-router'

/**
 * /areas/:areaId → /areas?area=:areaId (the other parameters kept). The area page reads the
 * area from ?area= like every page, so the filter bar, the breadcrumb and the URL stay one
 * state; an unknown id falls back there with the filter bar's notice.
 */
export function AreaRedirectRoute() {
  const { areaId = '' } = useParams()
  const { search } = useLocation()
  const next = new URLSearchParams(search)
  next.set('area', areaId)
  return <Navigate replace to={`/areas?${next.toString()}`} />
}
