import type { Status } from './status'

type Assessed = { indicator: { id: string }; status: Status; ratio?: number; attainment?: number }

export type Laggard = {
  areaId: string
  status: 'off-track' | 'at-risk'
  ratio?: number
  attainment?: number
}

export type AttentionItem<A extends Assessed = Assessed> = {
  assessment: A & { status: 'off-track' | 'at-risk' }
  /** The child areas holding it back (off track first, then the furthest behind). */
  holdingBack: Laggard[]
  /** Further child areas off track or at risk beyond those listed. */
  more: number
}

const isBehind = <T extends { status: Status }>(
  a: T,
): a is T & { status: 'off-track' | 'at-risk' } =>
  a.status === 'off-track' || a.status === 'at-risk'

/** Off track first; within a status, the smallest progress ratio (unknown counts as furthest behind). */
const severity = (a: { status: Status; ratio?: number }, b: { status: Status; ratio?: number }) =>
  (a.status === b.status ? 0 : a.status === 'off-track' ? -1 : 1) ||
  (a.ratio ?? -Infinity) - (b.ratio ?? -Infinity)

/**
 * "Needs attention": the area's off-track and at-risk indicators, worst first, each with the
 * child areas that are themselves off track or at risk on it (at most `maxAreas` named).
 */
export const needsAttention = <A extends Assessed>(
  assessments: A[],
  children: { areaId: string; assessments: Assessed[] }[],
  maxAreas = 3,
): AttentionItem<A>[] =>
  assessments
    .filter(isBehind)
    .sort(severity)
    .map((assessment) => {
      const behind = children
        .flatMap(({ areaId, assessments: own }) => {
          const child = own.find((a) => a.indicator.id === assessment.indicator.id)
          if (!child || !isBehind(child)) return []
          const laggard: Laggard = { areaId, status: child.status }
          if (child.ratio !== undefined) laggard.ratio = child.ratio
          if (child.attainment !== undefined) laggard.attainment = child.attainment
          return [laggard]
        })
        .sort(severity)
      return {
        assessment,
        holdingBack: behind.slice(0, maxAreas),
        more: Math.max(0, behind.length - maxAreas),
      }
    })
