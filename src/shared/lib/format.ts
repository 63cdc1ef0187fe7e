/**
 * Formatting through Intl, cached per locale. Percentages are given as
 * numbers of percent (98.5 → "98,5 %"), attainment as a ratio (1.0416 → "104,16 %").
 */
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>()

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${locale}|${JSON.stringify(options)}`
  let format = cache.get(key)
  if (!format) {
    format = new Intl.NumberFormat(locale, options)
    cache.set(key, format)
  }
  return format as Intl.NumberFormat
}

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${JSON.stringify(options)}`
  let format = cache.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options)
    cache.set(key, format)
  }
  return format as Intl.DateTimeFormat
}

export type Formatters = ReturnType<typeof createFormatters>

export function createFormatters(locale: string) {
  return {
    locale,
    integer: (value: number) => numberFormat(locale, { maximumFractionDigits: 0 }).format(value),
    number: (value: number, maxDigits = 1) =>
      numberFormat(locale, { maximumFractionDigits: maxDigits }).format(value),
    /** A value already in percent, e.g. 98 → "98 %". */
    percent: (value: number, maxDigits = 1) =>
      numberFormat(locale, { style: 'percent', maximumFractionDigits: maxDigits }).format(
        value / 100,
      ),
    /** A ratio shown exactly to two decimals, e.g. 50/48 → "104,17 %" (never capped). */
    ratio: (value: number) =>
      numberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(value),
    vnd: (value: number) =>
      numberFormat(locale, { style: 'currency', currency: 'VND', maximumFractionDigits: 0 }).format(
        value,
      ),
    signed: (value: number, maxDigits = 1) =>
      numberFormat(locale, { maximumFractionDigits: maxDigits, signDisplay: 'exceptZero' }).format(
        value,
      ),
    /** A value in an indicator's unit ('percent' | 'count' | 'vnd' | 'score'). */
    value: (unit: string, value: number) => {
      if (unit === 'percent')
        return numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(
          value / 100,
        )
      if (unit === 'vnd')
        return numberFormat(locale, {
          style: 'currency',
          currency: 'VND',
          maximumFractionDigits: 0,
        }).format(value)
      if (unit === 'count') return numberFormat(locale, { maximumFractionDigits: 0 }).format(value)
      return numberFormat(locale, { maximumFractionDigits: 1 }).format(value)
    },
    date: (iso: string) => dateFormat(locale, { dateStyle: 'medium' }).format(new Date(iso)),
    dateTime: (iso: string) =>
      dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)),
  }
}
