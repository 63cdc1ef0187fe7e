import { describe, expect, test } from 'vitest'
import { parseBundle } from '@/api/bundle'
import { generateNationalBundle } from './national'

describe('the national dataset generator', () => {
  const small = {
    provinces: 2,
    districtsPerProvince: 3,
    communesPerDistrict: 2,
    modelsPerCommune: 5,
  }

  test('is deterministic and passes the bundle check', () => {
    const bundle = generateNationalBundle(small)
    expect(generateNationalBundle(small)).toEqual(bundle)
    expect(() => parseBundle(bundle)).not.toThrow()
  })

  test('has the requested shape, with synthetic names only', () => {
    const bundle = generateNationalBundle(small)
    const count = (level: string) => bundle.areas.filter((a) => a.level === level).length
    expect(count('province')).toBe(2)
    expect(count('district')).toBe(6)
    // communes alternate between n and n + 1 per district
    expect(count('commune')).toBe(2 * (3 + 2 + 3))
    expect(bundle.models).toHaveLength(count('commune') * 5)
    expect(bundle.areas.every((a) => / mẫu /.test(a.name))).toBe(true)
  })
})
