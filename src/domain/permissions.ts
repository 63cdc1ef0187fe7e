import type { Me } from '@/api/schemas'
import { ancestorsOf, type AreaTree } from './area-tree'

export type WriteDecision =
  { allowed: true } | { allowed: false; reason: 'viewer' | 'out-of-scope' | 'unknown-area' }

/**
 * May this user write figures or models for this area? Admins and editors
 * may write inside their areas (an area or anything below it); viewers never.
 * The server enforces the same rule (403): this only decides what the UI offers.
 */
export function canWrite(me: Me, tree: AreaTree, areaId: string): WriteDecision {
  if (me.role === 'viewer') return { allowed: false, reason: 'viewer' }
  const path = ancestorsOf(tree, areaId)
  if (path.length === 0) return { allowed: false, reason: 'unknown-area' }
  const inScope = path.some((area) => me.areaIds.includes(area.id))
  return inScope ? { allowed: true } : { allowed: false, reason: 'out-of-scope' }
}
