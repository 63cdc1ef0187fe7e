import { useMemo } from 'react'
import { useSuspenseQueries } from '@tanstack/react-query'
import { referenceQueries } from '@/api/reference-queries'
import type { Area, Programme } from '@/api/schemas'
import { areaTreeOf } from '@/domain/area-tree'
import { assessIndicator } from '@/domain/assess-indicator'
import { fromFigures } from '@/domain/figure-source'
import { overviewQueries } from './overview-queries'

/**
 * Every indicator of the programme assessed for one area as of one year (with the tree and
 * targets behind it), from the area's figures as the server rolls them up: a few hundred rows
 * instead of every measurement below the area.
 */
export function useAssessments(programme: Programme, area: Area, year: number) {
  const [{ data: areas }, { data: targets }, { data: figures }] = useSuspenseQueries({
    queries: [
      referenceQueries.areas(),
      overviewQueries.targets(programme),
      overviewQueries.figures(programme, area),
    ],
  })
  const tree = areaTreeOf(areas)
  const source = useMemo(() => fromFigures(figures), [figures])
  const assessments = useMemo(
    () =>
      programme.indicators.map((indicator) =>
        assessIndicator({
          programme,
          indicator,
          tree,
          figures: source,
          targets,
          areaId: area.id,
          asOfYear: year,
        }),
      ),
    [programme, tree, source, targets, area.id, year],
  )
  return { assessments, tree, targets }
}
