import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts'

/** A year of the fixture: 9 series (`s0` … `s8`). */
export type Row = { year: number } & Record<string, number>

const colors = ['#0072B2', '#E69F00', '#56B4E9', '#009E73', '#D55E00', '#CC79A7', '#F0E442', '#000000', '#999999']

/**
 * The chart of the floor and of the stack floor: one recharts line chart of 9 series × 5 years,
 * the same volume as the Overview's headline chart.
 */
export function FloorChart({ data }: { data: Row[] }) {
  return (
    <LineChart data={data} width={900} height={320}>
      <CartesianGrid />
      <XAxis dataKey="year" />
      <YAxis />
      <Tooltip />
      {colors.map((color, i) => (
        <Line key={color} dataKey={`s${i}`} stroke={color} isAnimationActive={false} />
      ))}
    </LineChart>
  )
}
