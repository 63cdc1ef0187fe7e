import './reporting.css'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import {
  useMutation,
  useQueryClient,
  useSuspenseQueries,
  useSuspenseQuery,
} from '@tanstack/react-query'
import {
  measurementQueries,
  transitionMeasurement,
  type WorklistItem,
} from '@/api/measurement-queries'
import { referenceQueries } from '@/api/reference-queries'
import type { Measurement, Programme } from '@/api/schemas'
import { areaTreeOf } from '@/domain/area-tree'
import { decideAction } from '@/domain/measurement-workflow'
import { useFormat } from '@/shared/i18n/use-format'
import { ApiError } from '@/shared/lib/api-error'
import { DataTable, type Column } from '@/shared/ui/data-table'
import { ErrorMessage } from '@/shared/ui/error-message'
import { Notice } from '@/shared/ui/notice'
import { historyLink } from './measurement-links'
import { ReturnDialog } from './return-dialog'
import { useMeasurementColumns } from './use-measurement-columns'
import { PAGE_SIZE } from './worklist'

const pick = (item: WorklistItem) => item.measurement

/** The admin's queue of submitted figures: verify each, or return it with a comment. */
export function ReviewQueue({ programme }: { programme: Programme }) {
  const { t } = useTranslation()
  const format = useFormat()
  const queryClient = useQueryClient()
  const [{ data: me }, { data: areas }] = useSuspenseQueries({
    queries: [referenceQueries.me(), referenceQueries.areas()],
  })
  const tree = areaTreeOf(areas)
  const { data: items } = useSuspenseQuery(
    measurementQueries.worklist('submitted', programme.id, me.id),
  )
  const base = useMeasurementColumns(programme, areas, pick)
  const [limit, setLimit] = useState(PAGE_SIZE)
  const [returning, setReturning] = useState<Measurement>()
  const [done, setDone] = useState<string>()
  const name = (m: Measurement) =>
    t('reporting.review.figure', {
      code: programme.indicators.find((i) => i.id === m.indicatorId)?.code ?? m.indicatorId,
      area: tree.byId.get(m.areaId)?.name ?? m.areaId,
      year: m.year,
    })

  const transition = useMutation({
    mutationFn: ({
      m,
      action,
      comment,
    }: {
      m: Measurement
      action: 'verify' | 'return'
      comment?: string
    }) => transitionMeasurement(m.id, action, { version: m.version, ...(comment && { comment }) }),
    onSuccess: (saved, { action, m }) => {
      setDone(t(`reporting.review.done.${action}`, { figure: name(m) }))
      setReturning(undefined)
      void queryClient.invalidateQueries({ queryKey: measurementQueries.all() })
    },
    onError: () => {
      setReturning(undefined)
      void queryClient.invalidateQueries({ queryKey: measurementQueries.all() })
    },
  })

  if (me.role !== 'admin') return <Notice tone="warning">{t('reporting.review.adminOnly')}</Notice>

  const columns: Column<WorklistItem>[] = [
    ...base,
    {
      key: 'submitted',
      header: t('reporting.review.submitted'),
      cell: ({ latest }) => (
        <span className="worklist__meta">
          {t('reporting.lists.by', {
            date: format.dateTime(latest.at),
            name: latest.byName ?? latest.by,
          })}
        </span>
      ),
    },
    {
      key: 'actions',
      header: t('reporting.lists.actions'),
      cell: ({ measurement: m }) => {
        const allowed = decideAction(me, tree, m, 'verify').allowed
        return (
          <span className="worklist__links">
            {allowed && (
              <>
                <button
                  type="button"
                  className="button"
                  disabled={transition.isPending}
                  aria-label={t('reporting.review.verifyLabel', { figure: name(m) })}
                  onClick={() => transition.mutate({ m, action: 'verify' })}
                >
                  {t('reporting.review.verify')}
                </button>
                <button
                  type="button"
                  className="button button--quiet"
                  disabled={transition.isPending}
                  aria-label={t('reporting.review.returnLabel', { figure: name(m) })}
                  onClick={() => setReturning(m)}
                >
                  {t('reporting.review.return')}
                </button>
              </>
            )}
            <Link to={historyLink(m.id)}>{t('reporting.lists.history')}</Link>
          </span>
        )
      },
    },
  ]
  const conflict = transition.error instanceof ApiError && transition.error.status === 409
  return (
    <>
      <div aria-live="polite">{done && !transition.isError && <Notice>{done}</Notice>}</div>
      {transition.isError &&
        (conflict ? (
          <Notice tone="warning">{t('reporting.review.changed')}</Notice>
        ) : (
          <ErrorMessage error={transition.error} />
        ))}
      {items.length === 0 ? (
        <p className="worklist__empty">{t('reporting.review.empty')}</p>
      ) : (
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
      )}
      {items.length > limit && (
        <button
          type="button"
          className="button button--quiet"
          onClick={() => setLimit(limit + PAGE_SIZE)}
        >
          {t('reporting.lists.more', { count: Math.min(PAGE_SIZE, items.length - limit) })}
        </button>
      )}
      {returning && (
        <ReturnDialog
          title={name(returning)}
          onClose={() => setReturning(undefined)}
          onConfirm={(comment) => transition.mutate({ m: returning, action: 'return', comment })}
        />
      )}
    </>
  )
}
