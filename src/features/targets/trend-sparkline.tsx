import type { SeriesPoint } from '@/domain/assess-indicator'

const WIDTH = 96
const HEIGHT = 28
const PAD = 3

/**
 * A small trend line of the yearly figures (gaps left open), with the last point marked. Purely
 * visual: the label passed in names the figures for screen readers.
 */
export function TrendSparkline({ series, label }: { series: SeriesPoint[]; label: string }) {
  const points = series.filter((p): p is SeriesPoint & { value: number } => p.value !== undefined)
  if (points.length === 0) return <span aria-hidden="true">—</span>
  const years = series.map((p) => p.year)
  const minYear = Math.min(...years)
  const maxYear = Math.max(...years)
  const values = points.map((p) => p.value)
  const min = Math.min(...values)
  const max = Math.max(...values)
  const x = (year: number) =>
    PAD + ((year - minYear) / Math.max(1, maxYear - minYear)) * (WIDTH - 2 * PAD)
  const y = (value: number) =>
    max === min ? HEIGHT / 2 : HEIGHT - PAD - ((value - min) / (max - min)) * (HEIGHT - 2 * PAD)
  // Consecutive years are joined; a missing year breaks the line.
  const segments: string[] = []
  let current: string[] = []
  let previousYear: number | undefined
  for (const p of points) {
    if (previousYear !== undefined && p.year !== previousYear + 1 && current.length > 0) {
      segments.push(current.join(' '))
      current = []
    }
    current.push(`${x(p.year).toFixed(1)},${y(p.value).toFixed(1)}`)
    previousYear = p.year
  }
  segments.push(current.join(' '))
  const last = points[points.length - 1] as SeriesPoint & { value: number }
  return (
    <svg
      className="trend-sparkline"
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={label}
    >
      {segments.map((segment) =>
        segment.includes(' ') ? (
          <polyline key={segment} points={segment} fill="none" strokeWidth={2} />
        ) : null,
      )}
      <circle cx={x(last.year)} cy={y(last.value)} r={3} />
    </svg>
  )
}
