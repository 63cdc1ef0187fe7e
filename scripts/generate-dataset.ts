/**
 * Writes the default dataset bundle (mocks/data/binh-duong.json) and the JSON
 * Schema of a bundle (docs/bundle.schema.json). Deterministic: running it
 * twice gives byte-identical files. Usage: `npm run data` (optional
 * `--seed <n>`; the committed file uses the default seed).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod/mini'
import { parseBundle } from '../src/api/bundle'
import { bundleSchema } from '../src/api/schemas'
import { DEFAULT_SEED, generateBundle, serializeBundle } from '../mocks/data/generate'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const seedArg = process.argv.indexOf('--seed')
const seed = seedArg >= 0 ? Number(process.argv[seedArg + 1]) : DEFAULT_SEED
if (!Number.isInteger(seed))
  throw new Error(`--seed must be an integer, got ${process.argv[seedArg + 1]}`)

const bundle = generateBundle({ seed })
parseBundle(bundle) // schema + referential integrity; throws naming the first invalid records

const dataFile = path.join(root, 'mocks/data/binh-duong.json')
const text = serializeBundle(bundle)
writeFileSync(dataFile, text)

const schemaFile = path.join(root, 'docs/bundle.schema.json')
const { $schema, ...jsonSchema } = z.toJSONSchema(bundleSchema)
const schema = {
  $schema,
  title: 'Emulation Tracker dataset bundle',
  description:
    'One dataset: areas, units, movements, programmes (with indicators), targets, measurements and models. See DOMAIN.md for the meaning of every field; the mock backend validates a bundle with the same zod schemas (src/api/schemas.ts) plus a referential-integrity check (src/api/bundle.ts).',
  ...jsonSchema,
}
mkdirSync(path.dirname(schemaFile), { recursive: true })
writeFileSync(schemaFile, `${JSON.stringify(schema, null, 2)}\n`)

const kb = (n: number) => `${(n / 1024).toFixed(0)} KiB`
console.log(
  `seed ${seed}: ${bundle.areas.length} areas, ${bundle.units.length} units, ${bundle.movements.length} movements, ` +
    `${bundle.programmes.length} programme(s), ${bundle.targets.length} targets, ${bundle.measurements.length} measurements, ` +
    `${bundle.models.length} models`,
)
console.log(
  `wrote ${path.relative(root, dataFile)} (${kb(Buffer.byteLength(text))}) and ${path.relative(root, schemaFile)}`,
)
