import type { Me } from '@/api/schemas'
import type { Db } from './db'
import { apiError } from './handler-context'

/**
 * The server-side guard of every write: viewers never write; editors and
 * admins only inside their areas (an area or anything below it). Returns a
 * 403 response to send, or undefined when the write is allowed.
 */
export function forbidWrite(db: Db, areaId: string): Response | undefined {
  const user: Me | undefined = db.currentUser()
  if (!user) return apiError(401, 'unauthenticated', 'No user is signed in')
  if (user.role === 'viewer')
    return apiError(403, 'forbidden', `${user.name} is a viewer and may not change data`, {
      role: user.role,
    })
  const inScope = user.areaIds.some((scope) => db.areas.isWithin(areaId, scope))
  if (!inScope)
    return apiError(403, 'forbidden', `${user.name} may not change data of area ${areaId}`, {
      role: user.role,
      areaIds: user.areaIds,
    })
  return undefined
}
