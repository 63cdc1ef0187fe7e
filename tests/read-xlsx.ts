import { strFromU8, unzipSync } from 'fflate'

/** A cell read back from an .xlsx: text, or a number with the id of its number format. */
export type ReadCell = { text?: string; number?: number; numFmt?: string }

export type ReadSheet = { name: string; rows: ReadCell[][] }

const unescape = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')

const columnIndex = (ref: string) =>
  [...(/^[A-Z]+/.exec(ref)?.[0] ?? 'A')].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1

/**
 * Reads the sheets of an .xlsx written by any spreadsheet program (inline or shared strings,
 * numbers with their style's number format code). Enough for tests; not a general reader.
 */
export function readXlsx(bytes: Uint8Array): ReadSheet[] {
  const files = unzipSync(bytes)
  const text = (path: string) => {
    const file = files[path]
    if (!file) throw new Error(`${path} missing from the workbook`)
    return strFromU8(file)
  }
  const shared = files['xl/sharedStrings.xml']
    ? [...text('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
        unescape([...(m[1] ?? '').matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join('')),
      )
    : []
  const styles = text('xl/styles.xml')
  const formats = new Map(
    [...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"/g)].map((m) => [
      m[1],
      unescape(m[2] ?? ''),
    ]),
  )
  const xfs = [
    ...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '').matchAll(/<xf [^>]*>/g),
  ].map((m) => /numFmtId="(\d+)"/.exec(m[0])?.[1] ?? '0')
  const workbook = text('xl/workbook.xml')
  const rels = text('xl/_rels/workbook.xml.rels')
  return [...workbook.matchAll(/<sheet [^>]*name="([^"]*)"[^>]*r:id="([^"]*)"/g)].map((m) => {
    const target = new RegExp(`Id="${m[2]}"[^>]*Target="([^"]*)"`).exec(rels)?.[1] ?? ''
    const xml = text(`xl/${target.replace(/^\/?xl\//, '')}`)
    const rows = [...xml.matchAll(/<row[^>]*>([\s\S]*?)<\/row>/g)].map((row) => {
      const cells: ReadCell[] = []
      for (const c of (row[1] ?? '').matchAll(/<c ([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
        const attrs = c[1] ?? ''
        const body = c[2] ?? ''
        const ref = /r="([A-Z]+)\d+"/.exec(attrs)?.[1] ?? 'A'
        const type = /t="([^"]*)"/.exec(attrs)?.[1]
        const style = Number(/s="(\d+)"/.exec(attrs)?.[1] ?? 0)
        const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1]
        let cell: ReadCell
        if (type === 'inlineStr')
          cell = {
            text: unescape(
              [...body.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join(''),
            ),
          }
        else if (type === 's') cell = { text: shared[Number(v)] ?? '' }
        else if (type === 'str' || type === 'b') cell = { text: unescape(v ?? '') }
        else {
          const id = xfs[style] ?? '0'
          cell = { number: Number(v), numFmt: formats.get(id) ?? id }
        }
        cells[columnIndex(ref)] = cell
      }
      return Array.from(cells, (cell) => cell ?? {})
    })
    return { name: unescape(m[1] ?? ''), rows }
  })
}
