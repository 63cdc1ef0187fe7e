import { Curve, type LineDrawShapeProps } from 'recharts'

/*
 * Recharts parts that draw without measuring the page. Recharts' default axis label measures
 * every word of every tick to wrap it (in the DOM), and its default line reads the path's length on every
 * render (for an entrance animation the app turns off): each is a forced layout per tick or
 * line on every redraw.
 */

/** What recharts hands an axis's `tick` function (the parts an axis label needs). */
type AxisTickProps = {
  x?: number | string
  y?: number | string
  /** The axis's width: the room a y-axis gives its labels. */
  width?: number | string
  textAnchor?: 'start' | 'middle' | 'end' | 'inherit'
  verticalAnchor?: 'start' | 'middle' | 'end'
  fill?: string
  payload?: { value?: unknown }
  index?: number
  tickFormatter?: (value: never, index: number) => string
}

/** Line height (em), and an average glyph width (em) for estimating a label's length. */
const LINE = 1.1
const GLYPH = 0.55
/** The room an axis keeps between its labels and the plot (tick and margin, px). */
const TICK_ROOM = 10

/**
 * Axis labels as SVG text, for `<XAxis tick={axisTick(12)} interval={0} />`. A label too long
 * for the axis's width (by an estimate, not a measurement) breaks into two lines at the space
 * nearest its middle. (`interval={0}` or a number too: recharts otherwise measures the labels
 * to thin them out.)
 */
export const axisTick = (fontSize?: number, fill?: string) =>
  function tick(props: AxisTickProps) {
    return <AxisTick {...props} {...(fontSize && { fontSize })} {...(fill && { fill })} />
  }

function AxisTick({
  x,
  y,
  width,
  textAnchor,
  verticalAnchor = 'end',
  fill,
  payload,
  index = 0,
  tickFormatter,
  fontSize = 14,
}: AxisTickProps & { fontSize?: number }) {
  const value = payload?.value
  const text = tickFormatter ? tickFormatter(value as never, index) : String(value ?? '')
  const lines = text.length * fontSize * GLYPH > Number(width) - TICK_ROOM ? split(text) : [text]
  // Where the first line's baseline sits for each vertical anchor (as recharts places them).
  const above = (lines.length - 1) * LINE
  const first = { start: 0.71, middle: 0.355 - above / 2, end: -above }[verticalAnchor]
  return (
    <text
      x={x}
      y={y}
      textAnchor={textAnchor}
      fill={fill}
      fontSize={fontSize}
      className="recharts-cartesian-axis-tick-value"
    >
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={`${i === 0 ? first : LINE}em`}>
          {line}
        </tspan>
      ))}
    </text>
  )
}

/** A label in two lines, broken at the space nearest its middle (one line when it has none). */
function split(text: string) {
  let best = -1
  for (let i = text.indexOf(' '); i !== -1; i = text.indexOf(' ', i + 1))
    if (best === -1 || Math.abs(i - text.length / 2) < Math.abs(best - text.length / 2)) best = i
  return best === -1 ? [text] : [text.slice(0, best), text.slice(best + 1)]
}

/** A line drawn as it is, for `<Line shape={lineShape} isAnimationActive={false} />`. */
export function lineShape({
  pathRef: _measured,
  animationElapsedTime: _elapsed,
  isAnimating: _animating,
  isEntrance: _entrance,
  visibleLength: _visible,
  ...curve
}: LineDrawShapeProps) {
  return <Curve {...curve} />
}

/**
 * Legend and tooltip entries in the order of the given series (`dataKey`s), for recharts'
 * `itemSorter`: by default it sorts them by name, an order that changes with the language.
 */
export const seriesOrder =
  (dataKeys: readonly string[]) =>
  (item: { dataKey?: unknown }): number =>
    dataKeys.indexOf(String(item.dataKey))

/**
 * A value axis's ticks at steps of 1, 2, 2.5 or 5 × 10ⁿ (0, 10, 20, …, not recharts' default
 * 0, 9, 18, …), every one labelled.
 */
export const valueTicks = { niceTicks: 'snap125', tickCount: 6, interval: 0 } as const

/** A count axis's ticks: whole numbers at those steps (0, 50, 100, …, not 0, 55, 110, …). */
export const countTicks = { ...valueTicks, allowDecimals: false } as const
