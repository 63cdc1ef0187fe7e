import { describe, expect, test } from 'vitest'
import { buildAreaTree } from './area-tree'
import { assessIndicator } from './assess-indicator'
import { floorForecast } from './forecast-floor'
import { indexMeasurements } from './measurement-index'
import {
  makeIndicator,
  makeMeasurement,
  makeProgramme,
  makeTarget,
  smallProvince,
} from './test-fixtures'

const hotspots = makeIndicator('sum', { id: 'hotspots', direction: 'decrease' })

describe('floorForecast', () => {
  test('holds a falling count’s forecast at zero, keeping the verdict', () => {
    const assessment = assessIndicator({
      programme: makeProgramme([hotspots]),
      indicator: hotspots,
      tree: buildAreaTree(smallProvince),
      index: indexMeasurements([
        makeMeasurement('hotspots', '74', 2020, 50),
        makeMeasurement('hotspots', '74', 2023, 20),
      ]),
      targets: [makeTarget('hotspots', '74', 2025, 10)],
      areaId: '74',
      asOfYear: 2023,
    })
    // 50 → 20 in three years: −10 per year, 0 in 2025 … and below it afterwards
    expect(assessment.forecast?.projected).toBeCloseTo(0)
    const earlier = floorForecast({
      ...assessment,
      forecast: { ...assessment.forecast!, projected: -6, line: [{ year: 2025, value: -6 }] },
    })
    expect(earlier.forecast?.projected).toBe(0)
    expect(earlier.forecast?.line).toEqual([{ year: 2025, value: 0 }])
    expect(earlier.forecast?.reachesTarget).toBe(true)
    expect(floorForecast(assessment)).toBe(assessment)
  })
})
