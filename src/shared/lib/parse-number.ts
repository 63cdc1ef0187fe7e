/**
 * Reads a number typed in a locale's format: "1.234,5" in Vietnamese or
 * German, "1,234.5" in English. Group separators are optional; spaces
 * (including no-break spaces) are ignored. Returns undefined for anything
 * that is not a complete number, rather than guessing.
 */
export function parseLocaleNumber(text: string, locale: string): number | undefined {
  const parts = new Intl.NumberFormat(locale).formatToParts(-1234567.5)
  const group = parts.find((p) => p.type === 'group')?.value ?? ','
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.'
  const trimmed = text.replace(/[\s\u00a0\u202f]/g, '')
  if (trimmed === '') return undefined
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const g = escape(group)
  const d = escape(decimal)
  // Either plain digits, or digits grouped in threes with the locale's separator.
  const pattern = new RegExp(`^[-+−]?(\\d+|\\d{1,3}(${g}\\d{3})+)(${d}\\d+)?$`)
  if (!pattern.test(trimmed)) return undefined
  const normalized = trimmed.replace('−', '-').split(group).join('').replace(decimal, '.')
  const value = Number(normalized)
  return Number.isFinite(value) ? value : undefined
}
