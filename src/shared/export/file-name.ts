/**
 * File names that say what is inside: programme, view (indicator, table or chart), area,
 * year and the export date, e.g. `de-an-02_ho-gia-dinh-ky-cam-ket_thanh-pho-thu-dau-mot_2025_2025-07-01.xlsx`.
 * ASCII only (Vietnamese diacritics folded), so every system and mail client keeps them intact.
 */
export type ExportExtension = 'csv' | 'xlsx' | 'png' | 'svg'

export type FileNameParts = {
  programme?: string | undefined
  /** What the file shows: an indicator, a table or a chart. */
  view: string
  area?: string | undefined
  year?: number | undefined
  /** The export date, ISO (YYYY-MM-DD): today's date from the one injectable clock. */
  date: string
  extension: ExportExtension
}

/** Lower-case ASCII words joined by hyphens, at most `max` characters, cut at a word boundary. */
export function slugify(text: string, max = 48): string {
  const words = text
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
  let slug = ''
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word
    if (next.length > max) return slug || word.slice(0, max)
    slug = next
  }
  return slug
}

/** `programme_view_area_year_date.ext`; parts left out when unknown or empty after folding. */
export function exportFileName({
  programme,
  view,
  area,
  year,
  date,
  extension,
}: FileNameParts): string {
  const parts = [
    programme === undefined ? '' : slugify(programme, 24),
    slugify(view, 50) || 'export',
    area === undefined ? '' : slugify(area, 32),
    year === undefined ? '' : String(year),
    /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : slugify(date),
  ].filter(Boolean)
  return `${parts.join('_')}.${extension}`
}
