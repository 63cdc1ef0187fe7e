import { useMemo } from 'react'
import { useSuspenseQueries } from '@tanstack/react-query'
import { referenceQueries } from '@/api/reference-queries'
import type { Movement, Unit } from '@/api/schemas'
import { areaTreeOf } from '@/domain/area-tree'

/** `build(data)`, computed once per loaded array however many components ask. */
function perData<T extends object, R>(build: (data: T) => R): (data: T) => R {
  const cache = new WeakMap<T, R>()
  return (data) => {
    let result = cache.get(data)
    if (result === undefined) {
      result = build(data)
      cache.set(data, result)
    }
    return result
  }
}

// A country has ~20,000 units: index them once, not once per component.
const unitsById = perData((units: Unit[]) => new Map(units.map((u) => [u.id, u])))
const movementsById = perData((movements: Movement[]) => new Map(movements.map((m) => [m.id, m])))

/** Areas (as a tree), units and movements by id: the names a model's ids stand for. */
export function useModelLookups() {
  const [{ data: areas }, { data: units }, { data: movements }] = useSuspenseQueries({
    queries: [referenceQueries.areas(), referenceQueries.units(), referenceQueries.movements()],
  })
  return useMemo(
    () => ({
      tree: areaTreeOf(areas),
      units: unitsById(units),
      unitList: units,
      movements: movementsById(movements),
      movementList: movements,
    }),
    [areas, units, movements],
  )
}
