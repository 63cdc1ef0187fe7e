import bundleJson from 'virtual:dataset'
import { parseBundle } from '@/api/bundle'
import type { Area, Bundle } from '@/api/schemas'

/** The dataset the mock backend serves, for tests that compute expected figures independently. */
export const bundle: Bundle = parseBundle(bundleJson)

export const areaById = (id: string): Area => {
  const area = bundle.areas.find((a) => a.id === id)
  if (!area) throw new Error(`No area ${id} in the bundle`)
  return area
}

/** The area and every area below it, by plain iteration over parentId. */
export function subtreeIds(rootId: string): Set<string> {
  const ids = new Set([rootId])
  let grew = true
  while (grew) {
    grew = false
    for (const area of bundle.areas) {
      if (area.parentId !== null && ids.has(area.parentId) && !ids.has(area.id)) {
        ids.add(area.id)
        grew = true
      }
    }
  }
  return ids
}
