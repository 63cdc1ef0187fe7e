import { useMemo } from 'react'
import { useSuspenseQueries } from '@tanstack/react-query'
import { measurementQueries } from '@/api/measurement-queries'
import { referenceQueries, targetQueries } from '@/api/reference-queries'
import type { Area, Measurement, Programme, Target } from '@/api/schemas'
import { areaTreeOf } from '@/domain/area-tree'
import { assessIndicator, type IndicatorAssessment } from '@/domain/assess-indicator'
import { indexMeasurements } from '@/domain/measurement-index'

type Loaded = { areas: Area[]; targets: Target[]; lists: Measurement[][] }

// A module-level combine keeps its result referentially stable while the data do not change.
const combine = (results: { data: unknown }[]): Loaded => ({
  areas: results[0]?.data as Area[],
  targets: results[1]?.data as Target[],
  lists: results.slice(2).map((result) => result.data as Measurement[]),
})

/**
 * The tree, the targets and, per area, the measurements of the area and everything below it (one
 * request per area, under the same keys as the other pages), with every indicator of the
 * programme assessed for each area as of the year, in the order of `areaIds`.
 */
export function useAreaAssessments(programme: Programme, areaIds: string[], year: number) {
  const { areas, targets, lists } = useSuspenseQueries({
    queries: [
      referenceQueries.areas(),
      targetQueries.list(programme.id),
      ...areaIds.map((id) =>
        measurementQueries.list({ programmeId: programme.id, ancestorId: id }),
      ),
    ],
    combine,
  })
  const tree = areaTreeOf(areas)
  const assessments = useMemo(
    () =>
      lists.map((measurements, i) => {
        const index = indexMeasurements(measurements)
        const areaId = areaIds[i] as string
        return programme.indicators.map((indicator) =>
          assessIndicator({ programme, indicator, tree, index, targets, areaId, asOfYear: year }),
        )
      }),
    // areaIds line up with lists: a change of ids changes the lists
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [programme, tree, targets, lists, year],
  )
  return { tree, targets, assessments }
}

/** One indicator assessed for each child of the area (a tile map, a breakdown). */
export function useChildAssessments(
  programme: Programme,
  areaId: string,
  indicatorId: string,
  year: number,
) {
  const [{ data: areas }, { data: targets }, { data: measurements }] = useSuspenseQueries({
    queries: [
      referenceQueries.areas(),
      targetQueries.list(programme.id),
      measurementQueries.list({ programmeId: programme.id, ancestorId: areaId }),
    ],
  })
  const tree = areaTreeOf(areas)
  const index = useMemo(() => indexMeasurements(measurements), [measurements])
  const children = useMemo((): { area: Area; assessment?: IndicatorAssessment }[] => {
    const indicator = programme.indicators.find((i) => i.id === indicatorId)
    return tree.childrenOf(areaId).map((area) => ({
      area,
      ...(indicator && {
        assessment: assessIndicator({
          programme,
          indicator,
          tree,
          index,
          targets,
          areaId: area.id,
          asOfYear: year,
        }),
      }),
    }))
  }, [programme, indicatorId, tree, index, targets, areaId, year])
  return { tree, targets, children }
}
