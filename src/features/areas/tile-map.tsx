import { useId, useState, type CSSProperties } from 'react'
import { Link } from 'react-router'
import { useTranslation } from 'react-i18next'
import type { Area, Programme } from '@/api/schemas'
import { attainmentBand, ATTAINMENT_BANDS } from '@/domain/attainment-bands'
import { statuses } from '@/domain/status'
import { tileLayout } from '@/domain/tile-layout'
import { useFormat } from '@/shared/i18n/use-format'
import { DataTable } from '@/shared/ui/data-table'
import { StatusBadge, statusIcons } from '@/shared/ui/status-badge'
import { statusColors } from '@/shared/ui/status-colors'
import { useChildAssessments } from './use-area-data'
import { useAreaText } from './use-area-text'
import './areas.css'
import { IndicatorOptions } from '@/shared/ui/indicator-options'

export const tileModes = ['status', 'attainment'] as const
export type TileMode = (typeof tileModes)[number]

/** ColorBrewer PuOr (5 classes): diverging, safe for the common forms of colour blindness. */
const bandColors = ['#e66101', '#fdb863', '#f7f7f7', '#b2abd2', '#5e3c99'] as const
const bandText = ['#1f1f1f', '#1f1f1f', '#1f1f1f', '#1f1f1f', '#ffffff'] as const

type Props = {
  programme: Programme
  area: Area
  year: number
  indicatorId: string
  mode: TileMode
  onIndicatorChange: (indicatorId: string) => void
  onModeChange: (mode: TileMode) => void
  /** The profile of a child (a tile is a link). */
  hrefFor: (areaId: string) => string
}

/**
 * The children of the area on a schematic tile map (cells at their `tile` positions), coloured
 * by the status or the attainment of one indicator, with a legend, keyboard focus, tooltips
 * and a table alternative. Every cell names its status or attainment in text as well.
 */
export function TileMap({
  programme,
  area,
  year,
  indicatorId,
  mode,
  onIndicatorChange,
  onModeChange,
  hrefFor,
}: Props) {
  const { t } = useTranslation()
  const format = useFormat()
  const text = useAreaText()
  const ids = { indicator: useId(), mode: useId(), tip: useId() }
  const [asTable, setAsTable] = useState(false)
  const { children } = useChildAssessments(programme, area.id, indicatorId, year)
  const indicator = programme.indicators.find((i) => i.id === indicatorId)
  if (!indicator) return null
  const layout = tileLayout(children.map((child) => child.area))
  const byId = new Map(children.map((child) => [child.area.id, child.assessment]))

  const bandLabels = [
    t('areas.tiles.band.below', { value: format.percent(ATTAINMENT_BANDS[0] * 100, 0) }),
    ...ATTAINMENT_BANDS.slice(0, -1).map((from, i) =>
      t('areas.tiles.band.between', {
        from: format.percent(from * 100, 0),
        to: format.percent((ATTAINMENT_BANDS[i + 1] as number) * 100, 0),
      }),
    ),
    t('areas.tiles.band.reached', {
      value: format.percent((ATTAINMENT_BANDS.at(-1) as number) * 100, 0),
    }),
  ]
  const label = t('areas.tiles.label', {
    indicator: `${indicator.code} ${indicator.name}`,
    area: area.name,
    mode: t(`areas.tiles.modes.${mode}`),
  })

  const styleOf = (a: (typeof children)[number]['assessment']): CSSProperties => {
    if (mode === 'status') {
      const status = a?.status ?? 'no-data'
      return { background: statusColors[status], color: '#ffffff' }
    }
    const band = attainmentBand(a?.attainment)
    if (band === undefined) return {}
    return { background: bandColors[band], color: bandText[band] }
  }

  return (
    <div className="tile-map">
      <div className="tile-map__controls">
        <div className="field">
          <label htmlFor={ids.indicator}>{t('areas.tiles.indicator')}</label>
          <select
            id={ids.indicator}
            value={indicatorId}
            onChange={(event) => onIndicatorChange(event.target.value)}
          >
            <IndicatorOptions indicators={programme.indicators} />
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.mode}>{t('areas.tiles.colourBy')}</label>
          <select
            id={ids.mode}
            value={mode}
            onChange={(event) => onModeChange(event.target.value as TileMode)}
          >
            {tileModes.map((m) => (
              <option key={m} value={m}>
                {t(`areas.tiles.modes.${m}`)}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className="button button--quiet tile-map__toggle"
          aria-pressed={asTable}
          onClick={() => setAsTable((v) => !v)}
        >
          {t('chart.showAsTable')}
        </button>
      </div>
      {asTable ? (
        <DataTable
          caption={label}
          rows={children}
          rowKey={(child) => child.area.id}
          columns={[
            {
              key: 'area',
              header: t('common.area'),
              rowHeader: true,
              cell: (child) => <Link to={hrefFor(child.area.id)}>{child.area.name}</Link>,
            },
            {
              key: 'actual',
              header: t('areas.actual'),
              numeric: true,
              cell: (child) => text.actual(child.assessment),
            },
            {
              key: 'attainment',
              header: t('areas.attainment'),
              numeric: true,
              cell: (child) => text.attainment(child.assessment),
            },
            {
              key: 'status',
              header: t('areas.status'),
              cell: (child) => <StatusBadge status={child.assessment?.status ?? 'no-data'} />,
            },
          ]}
        />
      ) : (
        <nav aria-label={label}>
          <ul
            className="tile-map__grid"
            style={{
              gridTemplateColumns: `repeat(${layout.cols}, minmax(0, 1fr))`,
              gridTemplateRows: `repeat(${layout.rows}, auto)`,
            }}
          >
            {layout.tiles.map(({ area: child, row, col }) => {
              const a = byId.get(child.id)
              const status = a?.status ?? 'no-data'
              const tipId = `${ids.tip}-${child.id}`
              return (
                <li
                  key={child.id}
                  className={`tile-map__cell${col >= layout.cols / 2 ? ' tile-map__cell--end' : ''}`}
                  style={{ gridRow: row + 1, gridColumn: col + 1 }}
                >
                  <Link
                    to={hrefFor(child.id)}
                    className={`tile tile--${mode}${mode === 'attainment' && attainmentBand(a?.attainment) === undefined ? ' tile--empty' : ''}`}
                    style={styleOf(a)}
                    aria-describedby={tipId}
                  >
                    <span className="tile__name">{child.name}</span>
                    <span className="tile__value">
                      {mode === 'status' ? (
                        <>
                          <span aria-hidden="true">{statusIcons[status]} </span>
                          {t(`status.${status}`)}
                        </>
                      ) : (
                        text.attainment(a)
                      )}
                    </span>
                  </Link>
                  <span role="tooltip" id={tipId} className="tile__tip">
                    {t('areas.tiles.tip', {
                      area: child.name,
                      actual: text.actual(a),
                      attainment: text.attainment(a),
                      status: t(`status.${status}`),
                    })}
                  </span>
                </li>
              )
            })}
          </ul>
        </nav>
      )}
      <div className="tile-map__legend">
        <p className="tile-map__legend-title">{t(`areas.tiles.legend.${mode}`)}</p>
        <ul>
          {mode === 'status'
            ? statuses.map((status) => (
                <li key={status}>
                  <span
                    className="tile-map__swatch"
                    style={{ background: statusColors[status] }}
                    aria-hidden="true"
                  >
                    {statusIcons[status]}
                  </span>
                  {t(`status.${status}`)}
                </li>
              ))
            : [
                ...bandLabels.map((bandLabel, band) => (
                  <li key={bandLabel}>
                    <span
                      className="tile-map__swatch"
                      style={{ background: bandColors[band], color: bandText[band] }}
                      aria-hidden="true"
                    />
                    {bandLabel}
                  </li>
                )),
                <li key="none">
                  <span className="tile-map__swatch tile-map__swatch--empty" aria-hidden="true" />
                  {t('areas.tiles.band.none')}
                </li>,
              ]}
        </ul>
      </div>
    </div>
  )
}
