import type { ModelStat, ModelSummary } from '@/api/schemas'
import type { Db } from './db'
import { grouping, rowPredicate, type Grouping, type ModelFilters } from './model-query'

type FacetName = keyof ModelSummary['facets']

/** Counts per group of a grouping, new models apart. */
function tally(group: Grouping) {
  const counts = new Int32Array(group.size)
  const newCounts = new Int32Array(group.size)
  return {
    add(i: number, isNew: boolean) {
      const code = group.codeOf(i)
      counts[code] = (counts[code] ?? 0) + 1
      if (isNew) newCounts[code] = (newCounts[code] ?? 0) + 1
    },
    /** The non-empty groups, sorted by key (as `GET /models/stats` lists them). */
    stats(): ModelStat[] {
      const stats: ModelStat[] = []
      counts.forEach((count, code) => {
        const key = group.keyOf(code)
        if (count > 0 && key !== undefined)
          stats.push({ key, count, newCount: newCounts[code] ?? 0 })
      })
      return stats.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    },
  }
}

/**
 * `GET /models/summary`: every facet's counts, each under all the *other* filters, and the
 * counts by field, child area and start year under all of them — in one pass over the models.
 * A model that passes the other filters but fails exactly one facet's filter counts for that
 * facet only; one that passes everything counts everywhere.
 */
export function modelSummary(db: Db, query: ModelFilters): ModelSummary {
  const index = db.modelIndex()
  const by = (groupBy: 'field' | 'status' | 'unitType' | 'movement' | 'year' | 'area') =>
    tally(grouping(db, index, { ...query, groupBy }))
  const facets = {
    field: by('field'),
    status: by('status'),
    unitType: by('unitType'),
    movement: by('movement'),
    isNew: tally({
      codeOf: (i) => index.isNew[i] ?? 0,
      size: 2,
      keyOf: (code) => String(code === 1),
    }),
  }
  const groups = { field: by('field'), area: by('area'), year: by('year') }

  // Each facet's own filter is checked apart (only the ones set), the other filters at once.
  const { field, status, unitType, movementId, isNew, ...others } = query
  const facetFilters: [FacetName, ModelFilters | undefined][] = [
    ['field', field && { field }],
    ['status', status && { status }],
    ['unitType', unitType && { unitType }],
    ['movement', movementId === undefined ? undefined : { movementId }],
    ['isNew', isNew === undefined ? undefined : { isNew }],
  ]
  const checks = facetFilters.flatMap(([facet, filter]) =>
    filter ? [{ facet, passes: rowPredicate(db, index, filter) }] : [],
  )
  const passesOthers = rowPredicate(db, index, others)

  const facetTallies = Object.values(facets)
  const groupTallies = Object.values(groups)
  for (let i = 0; i < index.models.length; i++) {
    if (!passesOthers(i)) continue
    let failed: FacetName | undefined
    let failures = 0
    for (const check of checks) {
      if (check.passes(i)) continue
      failed = check.facet
      if (++failures > 1) break
    }
    const isNew = index.isNew[i] === 1
    if (failures === 1 && failed) facets[failed].add(i, isNew)
    if (failures > 0) continue
    for (const t of facetTallies) t.add(i, isNew)
    for (const t of groupTallies) t.add(i, isNew)
  }
  return {
    facets: {
      field: facets.field.stats(),
      status: facets.status.stats(),
      unitType: facets.unitType.stats(),
      movement: facets.movement.stats(),
      isNew: facets.isNew.stats(),
    },
    groups: { field: groups.field.stats(), area: groups.area.stats(), year: groups.year.stats() },
  }
}
