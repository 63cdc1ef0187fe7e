import './reporting.css'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useSuspenseQueries, useSuspenseQuery } from '@tanstack/react-query'
import {
  measurementQueries,
  type Worklist as WorklistName,
  type WorklistItem,
} from '@/api/measurement-queries'
import { referenceQueries } from '@/api/reference-queries'
import type { Programme } from '@/api/schemas'
import { useFormat } from '@/shared/i18n/use-format'
import { DataTable, type Column } from '@/shared/ui/data-table'
import { MeasurementStatusBadge } from './measurement-status-badge'
import { entryLink, historyLink } from './measurement-links'
import { useMeasurementColumns } from './use-measurement-columns'

export const PAGE_SIZE = 20
const pick = (item: WorklistItem) => item.measurement

/** One of "my drafts", "waiting for verification", "returned to me", newest first. */
export function Worklist({ list, programme }: { list: WorklistName; programme: Programme }) {
  const { t } = useTranslation()
  const format = useFormat()
  const [{ data: me }, { data: areas }] = useSuspenseQueries({
    queries: [referenceQueries.me(), referenceQueries.areas()],
  })
  const { data: items } = useSuspenseQuery(measurementQueries.worklist(list, programme.id, me.id))
  const [limit, setLimit] = useState(PAGE_SIZE)
  const base = useMeasurementColumns(programme, areas, pick)
  if (items.length === 0)
    return <p className="worklist__empty">{t(`reporting.lists.${list}.empty`)}</p>

  const columns: Column<WorklistItem>[] = [
    ...base,
    {
      key: 'latest',
      header: t('reporting.lists.latest'),
      cell: ({ measurement, latest }) => (
        <>
          <MeasurementStatusBadge status={measurement.status} />
          <br />
          <span className="worklist__meta">
            {t('reporting.lists.by', {
              date: format.dateTime(latest.at),
              name: latest.byName ?? latest.by,
            })}
          </span>
          {list === 'returned' && latest.comment && (
            <q className="worklist__comment">{latest.comment}</q>
          )}
        </>
      ),
    },
    {
      key: 'actions',
      header: t('reporting.lists.actions'),
      cell: ({ measurement }) => (
        <span className="worklist__links">
          <Link to={entryLink(measurement)}>{t('reporting.lists.open')}</Link>
          <Link to={historyLink(measurement.id)}>{t('reporting.lists.history')}</Link>
        </span>
      ),
    },
  ]
  return (
    <>
      <div className="worklist">
        <DataTable
          caption={t('reporting.lists.caption', {
            count: items.length,
            shown: Math.min(limit, items.length),
          })}
          columns={columns}
          rows={items.slice(0, limit)}
          rowKey={(item) => item.measurement.id}
        />
      </div>
      {items.length > limit && (
        <button
          type="button"
          className="button button--quiet"
          onClick={() => setLimit(limit + PAGE_SIZE)}
        >
          {t('reporting.lists.more', { count: Math.min(PAGE_SIZE, items.length - limit) })}
        </button>
      )}
    </>
  )
}
