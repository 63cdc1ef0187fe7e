/**
 * Writes the large synthetic national dataset (63 provinces, ~700 districts,
 * ~10,000 communes, ~200,000 models) for benchmarks and scale tests.
 * Usage: tsx scripts/generate-national.ts [--out bench/tmp/national.json]
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseBundle } from '@/api/bundle'
import { generateNationalBundle } from '@mocks/data/national'

const i = process.argv.indexOf('--out')
const out = (i >= 0 ? process.argv[i + 1] : undefined) ?? 'bench/tmp/national.json'
const bundle = parseBundle(generateNationalBundle())
mkdirSync(path.dirname(out), { recursive: true })
const text = JSON.stringify(bundle)
writeFileSync(out, text)
const count = (level: string) => bundle.areas.filter((a) => a.level === level).length
console.log(
  `wrote ${out} (${(text.length / 1e6).toFixed(0)} MB): ${count('province')} provinces, ${count('district')} districts, ${count('commune')} communes, ${bundle.models.length} models, ${bundle.measurements.length} measurements`,
)
