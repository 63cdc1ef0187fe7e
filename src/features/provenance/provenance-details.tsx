import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useSuspenseQueries, useSuspenseQuery } from '@tanstack/react-query'
import { measurementQueries } from '@/api/measurement-queries'
import { referenceQueries } from '@/api/reference-queries'
import type { HistoryEntry, Indicator, Measurement, Unit } from '@/api/schemas'
import { areaTreeOf } from '@/domain/area-tree'
import { indexMeasurements } from '@/domain/measurement-index'
import { rollUp, type Figure } from '@/domain/roll-up'
import { useFormat } from '@/shared/i18n/use-format'
import type { ProvenanceArgs } from './provenance-button'

type Status = Measurement['status']
const statusIcons: Record<Status, string> = { draft: '✎', submitted: '➜', verified: '✔' }
const historyPath = (id: string) => `/report/history/${encodeURIComponent(id)}`

function StatusText({ status }: { status: Status }) {
  const { t } = useTranslation()
  return (
    <span className={`provenance-status provenance-status--${status}`}>
      <span aria-hidden="true">{statusIcons[status]} </span>
      {t(`provenance.status.${status}`)}
    </span>
  )
}

/** The figure behind one indicator, area and year, and where each part of it came from. */
export function ProvenanceDetails({ indicatorId, areaId, year }: ProvenanceArgs) {
  const { t } = useTranslation()
  const format = useFormat()
  const [{ data: programmes }, { data: areas }, { data: units }] = useSuspenseQueries({
    queries: [referenceQueries.programmes(), referenceQueries.areas(), referenceQueries.units()],
  })
  const details = useSuspenseQueries({
    queries: programmes.map((p) => referenceQueries.programme(p.id)),
  })
  const programme = details
    .map((d) => d.data)
    .find((p) => p.indicators.some((i) => i.id === indicatorId))
  const indicator = programme?.indicators.find((i) => i.id === indicatorId)
  // The same query the dashboards use for an area: usually already in the cache.
  const { data: measurements } = useSuspenseQuery(
    measurementQueries.list({
      programmeId: programme?.id ?? programmes[0]?.id ?? '',
      ancestorId: areaId,
    }),
  )
  const tree = areaTreeOf(areas)
  const index = useMemo(() => indexMeasurements(measurements), [measurements])
  const byId = useMemo(() => new Map(measurements.map((m) => [m.id, m])), [measurements])
  const area = tree.byId.get(areaId)
  if (!indicator || !area) return <p>{t('provenance.unknown')}</p>

  const figure = rollUp(indicator, tree, index, areaId, year)
  const shown = (f: Pick<Figure, 'value' | 'numerator' | 'denominator'>) =>
    `${format.value(indicator.unit, f.value)}${
      indicator.aggregation === 'ratio' && f.numerator !== undefined && f.denominator !== undefined
        ? ` (${format.integer(f.numerator)}/${format.integer(f.denominator)})`
        : ''
    }`
  const subject = t('provenance.subject', {
    code: indicator.code,
    indicator: indicator.name,
    area: area.name,
    year,
  })

  if (!figure)
    return (
      <>
        <p>{subject}</p>
        <p>{t('provenance.none')}</p>
      </>
    )

  if (figure.source === 'own') {
    const own = byId.get(figure.measurementIds[0] ?? '')
    return (
      <>
        <p>{subject}</p>
        <p className="provenance__value">{shown(figure)}</p>
        {own && <OwnMeasurement m={own} units={units} indicator={indicator} />}
      </>
    )
  }

  const counts = { draft: 0, submitted: 0, verified: 0 }
  for (const id of figure.measurementIds) {
    const m = byId.get(id)
    if (m) counts[m.status]++
  }
  const children = figure.contributingAreaIds.map((id) => ({
    area: tree.byId.get(id),
    id,
    figure: rollUp(indicator, tree, index, id, year),
  }))
  const missing = figure.missingAreaIds.map((id) => tree.byId.get(id)?.name ?? id)
  return (
    <>
      <p>{subject}</p>
      <p className="provenance__value">{shown(figure)}</p>
      <p>
        {t(`provenance.rollUp.${indicator.aggregation}`, {
          children: figure.contributingAreaIds.length,
          measurements: figure.measurementIds.length,
        })}{' '}
        {t('provenance.statusCounts', counts)}
      </p>
      <div className="table-scroll">
        <table className="data-table">
          <caption>{t('provenance.childrenCaption', { area: area.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('provenance.area')}</th>
              <th scope="col" className="numeric">
                {t('provenance.value')}
              </th>
              <th scope="col">{t('provenance.source')}</th>
            </tr>
          </thead>
          <tbody>
            {children.map(({ id, area: child, figure: f }) => {
              const own = f?.source === 'own' ? byId.get(f.measurementIds[0] ?? '') : undefined
              return (
                <tr key={id}>
                  <th scope="row">{child?.name ?? id}</th>
                  <td className="numeric">{f ? shown(f) : '—'}</td>
                  <td>
                    {own ? (
                      <>
                        <StatusText status={own.status} />{' '}
                        <span className="provenance__meta">
                          {t('provenance.reportedShort', {
                            unit:
                              units.find((u) => u.id === own.reportedBy)?.name ?? own.reportedBy,
                            date: format.date(own.reportedAt),
                          })}
                        </span>{' '}
                        <Link to={historyPath(own.id)}>{t('provenance.history')}</Link>
                      </>
                    ) : f ? (
                      t('provenance.childRollUp', {
                        count: f.measurementIds.length,
                        verified: f.measurementIds.filter((m) => byId.get(m)?.status === 'verified')
                          .length,
                      })
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      {missing.length > 0 ? (
        <p>
          <strong>{t('provenance.missing', { count: missing.length })}</strong> {missing.join(', ')}
        </p>
      ) : (
        <p>{t('provenance.complete')}</p>
      )}
    </>
  )
}

/** One reported figure: unit, status, who entered and who verified it, and when. */
function OwnMeasurement({
  m,
  units,
  indicator,
}: {
  m: Measurement
  units: Unit[]
  indicator: Indicator
}) {
  const { t } = useTranslation()
  const format = useFormat()
  const { data: history } = useSuspenseQuery(measurementQueries.history(m.id))
  const last = (actions: HistoryEntry['action'][]) =>
    [...history].reverse().find((entry) => actions.includes(entry.action))
  const entered = last(['updated', 'created'])
  const verified = m.status === 'verified' ? last(['verified']) : undefined
  const who = (entry: HistoryEntry) =>
    t('provenance.byAt', { name: entry.byName ?? entry.by, date: format.dateTime(entry.at) })
  return (
    <>
      <dl className="provenance__facts">
        <div>
          <dt>{t('provenance.unit')}</dt>
          <dd>{units.find((u) => u.id === m.reportedBy)?.name ?? m.reportedBy}</dd>
        </div>
        <div>
          <dt>{t('provenance.statusLabel')}</dt>
          <dd>
            <StatusText status={m.status} />
          </dd>
        </div>
        <div>
          <dt>{t('provenance.entered')}</dt>
          <dd>{entered ? who(entered) : format.dateTime(m.reportedAt)}</dd>
        </div>
        <div>
          <dt>{t('provenance.verified')}</dt>
          <dd>
            {verified
              ? who(verified)
              : m.status === 'verified'
                ? t('provenance.verifiedSeed')
                : t('provenance.notVerified')}
          </dd>
        </div>
        {indicator.aggregation === 'mean' && m.denominator !== undefined && (
          <div>
            <dt>{indicator.denominatorLabel ?? t('provenance.respondents')}</dt>
            <dd>{format.integer(m.denominator)}</dd>
          </div>
        )}
        {m.note && (
          <div>
            <dt>{t('provenance.note')}</dt>
            <dd>{m.note}</dd>
          </div>
        )}
      </dl>
      <p>
        <Link to={historyPath(m.id)}>{t('provenance.historyLong')}</Link>
      </p>
    </>
  )
}
