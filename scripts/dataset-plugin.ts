import { readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import type { Plugin } from 'vite'
import { parseBundle } from '../src/api/bundle'

export const DEFAULT_DATASET = 'mocks/data/binh-duong.json'
const VIRTUAL_ID = 'virtual:dataset'
const RESOLVED_ID = '\0' + VIRTUAL_ID

/**
 * Serves the mock backend's dataset bundle as `virtual:dataset`. The file is
 * `VITE_DATASET` or the default Binh Duong bundle; when mocking is on it is
 * validated at start-up, and an invalid bundle stops the dev server or build
 * with a message naming the first invalid records. A build without mocking
 * carries neither the dataset nor the mock service worker.
 */
export function datasetPlugin(options: { file?: string; enabled: boolean; root: string }): Plugin {
  const file = path.resolve(options.root, options.file || DEFAULT_DATASET)
  let text = ''
  let outDir = ''
  return {
    name: 'emulation-tracker:dataset',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir)
    },
    closeBundle() {
      // Without mocking, the mock service worker (copied from public/) has no place in the build.
      if (!options.enabled && outDir)
        rmSync(path.join(outDir, 'mockServiceWorker.js'), { force: true })
    },
    buildStart() {
      if (!options.enabled) return
      this.addWatchFile(file)
      text = readFileSync(file, 'utf8')
      try {
        parseBundle(JSON.parse(text))
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error)
        throw new Error(`Dataset ${file} cannot be loaded.\n${reason}`)
      }
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined
      if (!text) text = readFileSync(file, 'utf8')
      return `export default JSON.parse(${JSON.stringify(text)})`
    },
  }
}
