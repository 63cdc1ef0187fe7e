import { useMemo } from 'react'
import { useSuspenseQueries } from '@tanstack/react-query'
import { referenceQueries } from '@/api/reference-queries'
import { buildAreaTree } from '@/domain/area-tree'

/** Areas (as a tree), units and movements by id: the names a model's ids stand for. */
export function useModelLookups() {
  const [{ data: areas }, { data: units }, { data: movements }] = useSuspenseQueries({
    queries: [referenceQueries.areas(), referenceQueries.units(), referenceQueries.movements()],
  })
  return useMemo(
    () => ({
      tree: buildAreaTree(areas),
      units: new Map(units.map((u) => [u.id, u])),
      unitList: units,
      movements: new Map(movements.map((m) => [m.id, m])),
      movementList: movements,
    }),
    [areas, units, movements],
  )
}
