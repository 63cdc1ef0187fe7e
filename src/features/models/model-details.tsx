import './models.css'
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { useSuspenseQueries } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { modelQueries } from '@/api/model-queries'
import { referenceQueries } from '@/api/reference-queries'
import type { Model } from '@/api/schemas'
import { ancestorsOf } from '@/domain/area-tree'
import { useFormat } from '@/shared/i18n/use-format'
import { useModelLookups } from './use-model-lookups'

/** Every field of a model in readable form. */
export function ModelDetails({ model }: { model: Model }) {
  const { t } = useTranslation()
  const format = useFormat()
  const { tree, units, movements } = useModelLookups()
  const [{ data: programmes }, { data: lineage }] = useSuspenseQueries({
    queries: [referenceQueries.programmes(), modelQueries.lineage(model.id)],
  })
  const source = lineage.ancestors[0]
  const unit = units.get(model.unitId)
  const path = ancestorsOf(tree, model.areaId)
  const none = <span className="models-muted">{t('models.detail.none')}</span>
  const rows: { key: string; label: string; value: ReactNode }[] = [
    {
      key: 'unit',
      label: t('models.columns.unit'),
      value: unit ? (
        <>
          {unit.name} <span className="models-muted">({t(`models.unitType.${unit.type}`)})</span>
        </>
      ) : (
        model.unitId
      ),
    },
    {
      key: 'area',
      label: t('models.columns.area'),
      value: path.length ? (
        <ol className="models-area-path" aria-label={t('models.detail.areaPath')}>
          {path.map((a) => (
            <li key={a.id}>
              <Link to={`/models?area=${encodeURIComponent(a.id)}`}>{a.name}</Link>
            </li>
          ))}
        </ol>
      ) : (
        model.areaId
      ),
    },
    {
      key: 'movement',
      label: t('models.filters.movement'),
      value: movements.get(model.movementId)?.name ?? model.movementId,
    },
    { key: 'field', label: t('models.columns.field'), value: t(`models.field.${model.field}`) },
    { key: 'startedOn', label: t('models.columns.startedOn'), value: format.date(model.startedOn) },
    {
      key: 'status',
      label: t('models.columns.status'),
      value: (
        <span className={`models-status models-status--${model.status}`}>
          {t(`models.status.${model.status}`)}
        </span>
      ),
    },
    {
      key: 'isNew',
      label: t('models.filters.novelty'),
      value: t(`models.novelty.${model.isNew ? 'new' : 'maintained'}`),
    },
    {
      key: 'recognition',
      label: t('models.detail.recognition'),
      value: model.recognition
        ? t('models.detail.recognitionValue', {
            level: t(`models.level.${model.recognition.level}`),
            year: model.recognition.year,
          })
        : none,
    },
    {
      key: 'beneficiaries',
      label: t('models.detail.beneficiaries'),
      value:
        model.beneficiaries === undefined
          ? none
          : t('models.detail.people', {
              count: model.beneficiaries,
              value: format.integer(model.beneficiaries),
            }),
    },
    {
      key: 'funds',
      label: t('models.detail.funds'),
      value: model.fundsMobilizedVnd === undefined ? none : format.vnd(model.fundsMobilizedVnd),
    },
    {
      key: 'source',
      label: t('models.detail.replicatedFrom'),
      value: model.replicatedFromId ? (
        <Link to={`/models/${encodeURIComponent(model.replicatedFromId)}`}>
          {source?.name ?? model.replicatedFromId}
        </Link>
      ) : (
        t('models.detail.original')
      ),
    },
    {
      key: 'programmes',
      label: t('models.detail.programmes'),
      value: model.programmeIds.length
        ? model.programmeIds
            .map((id) => programmes.find((p) => p.id === id)?.shortName ?? id)
            .join(', ')
        : none,
    },
  ]
  return (
    <div className="model-details">
      {model.description && <p className="model-details__description">{model.description}</p>}
      <dl className="model-details__list">
        {rows.map((row) => (
          <div key={row.key} className="model-details__row">
            <dt>{row.label}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  )
}
