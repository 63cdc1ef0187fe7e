/** A programme's indicators as the options of a select: code and name, valued by id. */
export function IndicatorOptions({
  indicators,
}: {
  indicators: { id: string; code: string; name: string }[]
}) {
  return indicators.map((i) => (
    <option key={i.id} value={i.id}>
      {i.code} {i.name}
    </option>
  ))
}
