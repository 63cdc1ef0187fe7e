import { useMemo } from 'react'
import { useSuspenseQueries } from '@tanstack/react-query'
import { measurementQueries } from '@/api/measurement-queries'
import { indicatorQueries } from '@/api/indicator-queries'
import { referenceQueries, targetQueries } from '@/api/reference-queries'
import type { Programme } from '@/api/schemas'
import { areaTreeOf } from '@/domain/area-tree'
import { assessIndicator, type IndicatorAssessment } from '@/domain/assess-indicator'
import { fromFigures } from '@/domain/figure-source'
import { floorForecast } from '@/domain/forecast-floor'
import { indexMeasurements } from '@/domain/measurement-index'

/**
 * The data every target view needs for one area: the area tree, the programme's targets and the
 * measurements of the area and everything below it (one request; the same query key as the
 * Overview's, so the cache is shared). Every reported figure counts, whatever its review status;
 * the coverage view shows which ones are still unverified.
 */
export function useTargetData(programme: Programme, areaId: string) {
  const [{ data: areas }, { data: targets }, { data: measurements }] = useSuspenseQueries({
    queries: [
      referenceQueries.areas(),
      targetQueries.list(programme.id),
      measurementQueries.list({ programmeId: programme.id, ancestorId: areaId }),
    ],
  })
  const tree = areaTreeOf(areas)
  const index = useMemo(() => indexMeasurements(measurements), [measurements])
  return { tree, index, targets }
}

/** Every indicator of the programme assessed for one area as of one year. */
export function useAssessments(
  programme: Programme,
  areaId: string,
  year: number,
): IndicatorAssessment[] {
  const { tree, index, targets } = useTargetData(programme, areaId)
  return useMemo(
    () =>
      programme.indicators.map((indicator) =>
        floorForecast(
          assessIndicator({ programme, indicator, tree, index, targets, areaId, asOfYear: year }),
        ),
      ),
    [programme, tree, index, targets, areaId, year],
  )
}

/**
 * One indicator for the area, and for each of its children this year and the year before, from
 * the figures the server rolls up for the area and for its children: a few hundred rows instead
 * of every measurement below the area.
 */
export function useIndicatorAssessments(
  programme: Programme,
  indicatorId: string,
  areaId: string,
  year: number,
) {
  const [{ data: areas }, { data: targets }, { data: own }, { data: children }] =
    useSuspenseQueries({ queries: indicatorQueries(programme.id, areaId) })
  const tree = areaTreeOf(areas)
  const figures = useMemo(() => fromFigures([...own, ...children]), [own, children])
  return useMemo(() => {
    const indicator = programme.indicators.find((i) => i.id === indicatorId)
    if (!indicator) return undefined
    const assess = (id: string, asOfYear: number) =>
      floorForecast(
        assessIndicator({ programme, indicator, tree, figures, targets, areaId: id, asOfYear }),
      )
    const children = tree.childrenOf(areaId)
    return {
      tree,
      targets,
      assessment: assess(areaId, year),
      children: children.map((child) => ({
        area: child,
        current: assess(child.id, year),
        previous: assess(child.id, year - 1),
      })),
    }
  }, [programme, indicatorId, tree, figures, targets, areaId, year])
}
