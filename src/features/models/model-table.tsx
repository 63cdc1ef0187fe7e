import { memo } from 'react'
import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import type { ModelSort } from '@/api/model-queries'
import type { Model } from '@/api/schemas'
import { useFormat } from '@/shared/i18n/use-format'
import { useModelLookups } from './use-model-lookups'
import { useWindowRows } from './use-window-rows'

const sortable: ModelSort[] = ['name', 'area', 'startedOn', 'status']

/**
 * A page of models as a table, sortable by its headers. Only the rows in and near the
 * viewport are rendered; `aria-rowcount` and `aria-rowindex` say where each row stands among
 * all `total` matching models (row 1 is the header), so screen readers know the real size.
 */
export function ModelTable({
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
            return (
              model && (
                <ModelRow
                  key={model.id}
                  model={model}
                  areaName={tree.byId.get(model.areaId)?.name ?? model.areaId}
                  unitName={units.get(model.unitId)?.name ?? model.unitId}
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
}

/** One model's row. Memoised: scrolling renders only the rows that come into range. */
const ModelRow = memo(function ModelRow({
  model,
  areaName,
  unitName,
  index,
  rowIndex,
  measure,
}: {
  model: Model
  areaName: string
  unitName: string
  /** The row's index on this page (the virtualizer's). */
  index: number
  /** Its `aria-rowindex` in the whole table. */
  rowIndex: number
  measure: (row: HTMLTableRowElement | null) => void
}) {
  const { t } = useTranslation()
  const format = useFormat()
  const field = t(`models.field.${model.field}`)
  return (
    <tr ref={measure} data-index={index} aria-rowindex={rowIndex}>
      <th scope="row">
        <Link to={`/models/${encodeURIComponent(model.id)}`}>{model.name}</Link>
        {model.replicatedFromId && (
          <span className="models-tag">{t('models.results.replica')}</span>
        )}
      </th>
      <td title={areaName}>{areaName}</td>
      <td>{format.date(model.startedOn)}</td>
      <td>
        <span className={`models-status models-status--${model.status}`}>
          {t(`models.status.${model.status}`)}
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
