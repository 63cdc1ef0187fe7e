import type { Me, Measurement } from '@/api/schemas'
import type { AreaTree } from './area-tree'
import { canWrite } from './permissions'

/**
 * The reporting workflow: draft → submitted → verified; an admin may return a
 * submitted figure to draft (with a comment). Editing a figure makes it a
 * draft again (a verified figure then needs verifying anew). The mock server
 * enforces the same (403 / 409); this decides what the UI offers and why not.
 */
export type WorkflowAction = 'edit' | 'submit' | 'verify' | 'return'

export type ActionDecision =
  | { allowed: true }
  | {
      allowed: false
      reason: 'viewer' | 'out-of-scope' | 'unknown-area' | 'admin-only' | 'wrong-status'
    }

type Status = Measurement['status']

const fromStatus: Record<Exclude<WorkflowAction, 'edit'>, Status> = {
  submit: 'draft',
  verify: 'submitted',
  return: 'submitted',
}

/** The status after an action. */
export const nextStatus = (action: WorkflowAction): Status => {
  switch (action) {
    case 'edit':
    case 'return':
      return 'draft'
    case 'submit':
      return 'submitted'
    case 'verify':
      return 'verified'
  }
}

/** May `me` take `action` on a figure of this area and status? */
export const decideAction = (
  me: Me,
  tree: AreaTree,
  measurement: Pick<Measurement, 'areaId' | 'status'>,
  action: WorkflowAction,
): ActionDecision => {
  const write = canWrite(me, tree, measurement.areaId)
  if (!write.allowed) return write
  if ((action === 'verify' || action === 'return') && me.role !== 'admin')
    return { allowed: false, reason: 'admin-only' }
  if (action !== 'edit' && measurement.status !== fromStatus[action])
    return { allowed: false, reason: 'wrong-status' }
  return { allowed: true }
}

/** The actions `me` may take on a figure, in workflow order. */
export const allowedActions = (
  me: Me,
  tree: AreaTree,
  measurement: Pick<Measurement, 'areaId' | 'status'>,
): WorkflowAction[] =>
  (['edit', 'submit', 'verify', 'return'] as const).filter(
    (action) => decideAction(me, tree, measurement, action).allowed,
  )
