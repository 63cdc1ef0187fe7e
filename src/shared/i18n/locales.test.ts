import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { languages } from './i18n'

const dir = path.join(import.meta.dirname, 'locales')

function keys(value: unknown, prefix = ''): string[] {
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
  return [prefix]
}

const load = (lng: string, file: string): unknown =>
  JSON.parse(readFileSync(path.join(dir, lng, file), 'utf8'))

describe('translations', () => {
  const files = readdirSync(path.join(dir, 'vi'))
  test.each(files)(
    '%s has the same keys in every language, each under its own top-level key',
    (file) => {
      const reference = keys(load('vi', file)).sort()
      const namespace = file.replace(/\.json$/, '')
      if (namespace !== 'common')
        expect(Object.keys(load('vi', file) as object)).toEqual([namespace])
      for (const lng of languages) {
        expect(keys(load(lng, file)).sort(), `${lng}/${file}`).toEqual(reference)
      }
    },
  )

  test('no language has a file the others lack', () => {
    for (const lng of languages)
      expect(readdirSync(path.join(dir, lng)).sort()).toEqual([...files].sort())
  })
})
