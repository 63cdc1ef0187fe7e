import type { Area } from '@/api/schemas'
import { statuses, summarizeStatuses, type Status } from './status'

export type AreaRankingInput = {
  area: Area
  assessments: { status: Status; attainment?: number }[]
}

export type AreaRankingRow = {
  area: Area
  rank: number
  counts: Record<Status, number>
  /** Indicators achieved or on track. */
  onTrack: number
  /** Indicators with a status other than no-data. */
  assessed: number
  /** onTrack / assessed; undefined when nothing could be assessed. */
  onTrackShare?: number
  /** The median attainment of the indicators that have one (exact, not capped). */
  medianAttainment?: number
}

const median = (values: number[]): number | undefined => {
  if (values.length === 0) return undefined
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
}

const compare = (a?: number, b?: number) =>
  a === b ? 0 : a === undefined ? 1 : b === undefined ? -1 : b - a

/**
 * Ranks child areas: by the share of their assessed indicators that are achieved or on track,
 * then by median attainment; areas with nothing assessed come last. Equal scores share a rank
 * (1, 2, 2, 4); ties are listed by name.
 */
export const rankAreas = (entries: AreaRankingInput[]): AreaRankingRow[] => {
  const rows = entries.map(({ area, assessments }): Omit<AreaRankingRow, 'rank'> => {
    const counts = summarizeStatuses(assessments)
    const onTrack = counts.achieved + counts['on-track']
    const assessed = statuses.reduce(
      (sum, status) => (status === 'no-data' ? sum : sum + counts[status]),
      0,
    )
    const attainments = assessments.flatMap((a) =>
      a.attainment === undefined ? [] : [a.attainment],
    )
    const medianAttainment = median(attainments)
    return {
      area,
      counts,
      onTrack,
      assessed,
      ...(assessed > 0 && { onTrackShare: onTrack / assessed }),
      ...(medianAttainment !== undefined && { medianAttainment }),
    }
  })
  const score = (a: (typeof rows)[number], b: (typeof rows)[number]) =>
    compare(a.onTrackShare, b.onTrackShare) || compare(a.medianAttainment, b.medianAttainment)
  rows.sort((a, b) => score(a, b) || a.area.name.localeCompare(b.area.name, 'vi'))
  let rank = 0
  return rows.map((row, i) => {
    const previous = rows[i - 1]
    if (!previous || score(previous, row) !== 0) rank = i + 1
    return { ...row, rank }
  })
}
