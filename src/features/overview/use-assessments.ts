import { useMemo } from 'react'
import { useSuspenseQueries } from '@tanstack/react-query'
import { measurementQueries } from '@/api/measurement-queries'
import { referenceQueries, targetQueries } from '@/api/reference-queries'
import type { Area, Programme } from '@/api/schemas'
import { buildAreaTree } from '@/domain/area-tree'
import { assessIndicator } from '@/domain/assess-indicator'
import { indexMeasurements } from '@/domain/measurement-index'

/** Every indicator of the programme assessed for one area as of one year (with the tree and targets behind it). */
export function useAssessments(programme: Programme, area: Area, year: number) {
  const [{ data: areas }, { data: targets }, { data: measurements }] = useSuspenseQueries({
    queries: [
      referenceQueries.areas(),
      targetQueries.list(programme.id),
      measurementQueries.list({ programmeId: programme.id, ancestorId: area.id }),
    ],
  })
  const tree = useMemo(() => buildAreaTree(areas), [areas])
  const index = useMemo(() => indexMeasurements(measurements), [measurements])
  const assessments = useMemo(
    () =>
      programme.indicators.map((indicator) =>
        assessIndicator({
          programme,
          indicator,
          tree,
          index,
          targets,
          areaId: area.id,
          asOfYear: year,
        }),
      ),
    [programme, tree, index, targets, area.id, year],
  )
  return { assessments, tree, targets }
}
