import { useMemo } from 'react'
import { useSuspenseQueries } from '@tanstack/react-query'
import { measurementQueries } from '@/api/measurement-queries'
import { referenceQueries, targetQueries } from '@/api/reference-queries'
import type { Area, Programme } from '@/api/schemas'
import { areaTreeOf } from '@/domain/area-tree'
import { assessIndicator, type IndicatorAssessment } from '@/domain/assess-indicator'
import { dataDate } from '@/domain/data-date'
import { indexMeasurements } from '@/domain/measurement-index'

/**
 * Everything the deck's figures come from: the area tree, every indicator assessed for the area
 * and for each of its children as of the year, and the data date of the figures in view.
 */
export function useDeckData(programme: Programme, area: Area, year: number) {
  const [{ data: areas }, { data: targets }, { data: measurements }] = useSuspenseQueries({
    queries: [
      referenceQueries.areas(),
      targetQueries.list(programme.id),
      measurementQueries.list({ programmeId: programme.id, ancestorId: area.id }),
    ],
  })
  const tree = areaTreeOf(areas)
  const index = useMemo(() => indexMeasurements(measurements), [measurements])
  const children = useMemo(() => tree.childrenOf(area.id), [tree, area.id])
  const assessments = useMemo(() => {
    const byArea = new Map<string, IndicatorAssessment[]>()
    for (const { id } of [area, ...children])
      byArea.set(
        id,
        programme.indicators.map((indicator) =>
          assessIndicator({
            programme,
            indicator,
            tree,
            index,
            targets,
            areaId: id,
            asOfYear: year,
          }),
        ),
      )
    return byArea
  }, [programme, area, children, tree, index, targets, year])
  const latest = useMemo(() => dataDate(measurements, year), [measurements, year])
  return useMemo(
    () => ({
      tree,
      targets,
      children,
      dataDate: latest,
      assessmentsOf: (areaId: string): IndicatorAssessment[] => assessments.get(areaId) ?? [],
    }),
    [tree, targets, children, latest, assessments],
  )
}

export type DeckData = ReturnType<typeof useDeckData>
