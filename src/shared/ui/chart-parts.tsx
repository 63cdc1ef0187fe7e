import { Curve, type LineDrawShapeProps } from 'recharts'

/*
 * Recharts parts that draw without measuring the page. Recharts' default axis label measures
 * every word of every tick to wrap it, and its default line reads the path's length on every
 * render (for an entrance animation the app turns off): each is a forced layout per tick or
 * line on every redraw.
 */

/** What recharts hands an axis's `tick` function (the parts an axis label needs). */
type AxisTickProps = {
  x?: number | string
  y?: number | string
  textAnchor?: 'start' | 'middle' | 'end' | 'inherit'
  verticalAnchor?: 'start' | 'middle' | 'end'
  fill?: string
  payload?: { value?: unknown }
  index?: number
  tickFormatter?: (value: never, index: number) => string
}

/** The baseline offset recharts gives a one-line label for each vertical anchor. */
const dy = { start: '0.71em', middle: '0.355em', end: '0' }

/**
 * Axis labels as plain SVG text, for `<XAxis tick={axisTick(12)} interval={0} />`: the app's
 * labels are short and never wrap. (`interval={0}` too: recharts otherwise measures the labels
 * to thin them out.)
 */
export const axisTick = (fontSize?: number, fill?: string) =>
  function tick(props: AxisTickProps) {
    return <AxisTick {...props} {...(fontSize && { fontSize })} {...(fill && { fill })} />
  }

function AxisTick({
  x,
  y,
  textAnchor,
  verticalAnchor = 'end',
  fill,
  payload,
  index = 0,
  tickFormatter,
  fontSize,
}: AxisTickProps & { fontSize?: number }) {
  const value = payload?.value
  return (
    <text
      x={x}
      y={y}
      dy={dy[verticalAnchor]}
      textAnchor={textAnchor}
      fill={fill}
      fontSize={fontSize}
      className="recharts-cartesian-axis-tick-value"
    >
      {tickFormatter ? tickFormatter(value as never, index) : String(value ?? '')}
    </text>
  )
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
