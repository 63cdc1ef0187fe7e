import { memo, useMemo } from 'react'
import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import type { ModelSort } from '@/api/model-queries'
import { modelFields, modelStatuses, type Model } from '@/api/schemas'
import { useFormat } from '@/shared/i18n/use-format'
import { useModelLookups } from './use-model-lookups'
import { useWindowRows } from './use-window-rows'

const sortable: ModelSort[] = ['name', 'area', 'startedOn', 'status']

/**
 * A page of models as a table, sortable by its headers. Only the rows in and near the
 * viewport are rendered; `aria-rowcount` and `aria-rowindex` say where each row stands among
 * all `total` matching models (row 1 is the header), so screen readers know the real size.
 * Memoised: while the next page loads, the rows on screen are not drawn again.
 */
export const ModelTable = memo(function ModelTable({
  models,
  firstIndex,
  total,
  sort,
  order,
  onSort,
}: {
  models: Model[]
  /** The position of `models[0]` among all matching models, from 0. */
  firstIndex: number
  total: number
  sort: ModelSort
  order: 'asc' | 'desc'
  onSort: (sort: ModelSort, order: 'asc' | 'desc') => void
}) {
  const { t } = useTranslation()
  const format = useFormat()
  const labels = useMemo(() => rowLabels(t), [t])
  const { tree, units } = useModelLookups()
  const { trackBody, rows, before, after, measure } = useWindowRows(models.length)
  return (
    <div className="table-scroll">
      <table className="data-table models-table" aria-rowcount={total + 1}>
        <caption className="visually-hidden">{t('models.results.caption')}</caption>
        <thead>
          <tr aria-rowindex={1}>
            {sortable.map((key) => {
              const active = sort === key
              return (
                <th
                  key={key}
                  scope="col"
                  aria-sort={active ? (order === 'asc' ? 'ascending' : 'descending') : undefined}
                >
                  <button
                    type="button"
                    className="models-sort"
                    onClick={() => onSort(key, active && order === 'asc' ? 'desc' : 'asc')}
                  >
                    {t(`models.columns.${key}`)}
                    <span aria-hidden="true" className="models-sort__icon">
                      {active ? (order === 'asc' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              )
            })}
            <th scope="col">{t('models.columns.field')}</th>
            <th scope="col">{t('models.columns.unit')}</th>
          </tr>
        </thead>
        <tbody ref={trackBody}>
          <Spacer height={before} />
          {rows.map(({ index }) => {
            const model = models[index]
            // Keyed by position: a new page or order updates the rows in place (cheaper than
            // removing them all and adding new ones).
            return (
              model && (
                <ModelRow
                  key={index}
                  model={model}
                  areaName={tree.byId.get(model.areaId)?.name ?? model.areaId}
                  unitName={units.get(model.unitId)?.name ?? model.unitId}
                  startedOn={format.date(model.startedOn)}
                  labels={labels}
                  index={index}
                  rowIndex={firstIndex + index + 2}
                  measure={measure}
                />
              )
            )
          })}
          <Spacer height={after} />
        </tbody>
      </table>
    </div>
  )
})

/** The words a row shows, translated once for all rows rather than once per row. */
const rowLabels = (t: (key: string) => string) => ({
  field: Object.fromEntries(modelFields.map((f) => [f, t(`models.field.${f}`)])),
  status: Object.fromEntries(modelStatuses.map((s) => [s, t(`models.status.${s}`)])),
  replica: t('models.results.replica'),
})

/**
 * One model's row. Memoised, and without hooks of its own: scrolling renders only the rows
 * that come into range, and a new page's rows are cheap to draw.
 */
const ModelRow = memo(function ModelRow({
  model,
  areaName,
  unitName,
  startedOn,
  labels,
  index,
  rowIndex,
  measure,
}: {
  model: Model
  areaName: string
  unitName: string
  startedOn: string
  labels: ReturnType<typeof rowLabels>
  /** The row's index on this page (the virtualizer's). */
  index: number
  /** Its `aria-rowindex` in the whole table. */
  rowIndex: number
  measure: (row: HTMLTableRowElement | null) => void
}) {
  const field = labels.field[model.field]
  return (
    <tr ref={measure} data-index={index} aria-rowindex={rowIndex}>
      <th scope="row">
        <Link to={`/models/${encodeURIComponent(model.id)}`}>{model.name}</Link>
        {model.replicatedFromId && <span className="models-tag">{labels.replica}</span>}
      </th>
      <td title={areaName}>{areaName}</td>
      <td>{startedOn}</td>
      <td>
        <span className={`models-status models-status--${model.status}`}>
          {labels.status[model.status]}
        </span>
      </td>
      <td title={field}>{field}</td>
      <td title={unitName}>{unitName}</td>
    </tr>
  )
})

/** Stands in for the rows not rendered, so that the page keeps its full height. */
function Spacer({ height }: { height: number }) {
  if (height <= 0) return null
  return (
    <tr aria-hidden="true" className="models-table__spacer" style={{ height }}>
      <td colSpan={6} />
    </tr>
  )
}
