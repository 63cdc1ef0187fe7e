import { useSuspenseQueries } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { modelQueries } from '@/api/model-queries'
import type { Area } from '@/api/schemas'
import type { AreaTree } from '@/domain/area-tree'
import { useFormat } from '@/shared/i18n/use-format'
import { DataTable } from '@/shared/ui/data-table'

const TOP = 5

/** Highlights: the newest recognised models and the most replicated ones. */
export function HighlightsSlide({
  area,
  year,
  tree,
}: {
  area: Area
  year: number
  tree: AreaTree
}) {
  const { t } = useTranslation()
  const format = useFormat()
  const [{ data: newest }, { data: replicated }] = useSuspenseQueries({
    queries: [
      modelQueries.list({
        areaId: area.id,
        status: ['recognized'],
        to: year,
        recognizedTo: year,
        sort: 'startedOn',
        order: 'desc',
        pageSize: TOP,
      }),
      modelQueries.mostReplicated({ areaId: area.id, to: year }, TOP),
    ],
  })
  const areaName = (id: string) => tree.byId.get(id)?.name ?? id
  return (
    <div className="highlights-slide">
      <DataTable
        caption={t('present.highlights.newest')}
        rows={newest.items}
        rowKey={(model) => model.id}
        columns={[
          {
            key: 'name',
            header: t('present.highlights.model'),
            rowHeader: true,
            cell: (m) => m.name,
          },
          { key: 'area', header: t('common.area'), cell: (m) => areaName(m.areaId) },
          {
            key: 'started',
            header: t('present.highlights.started'),
            cell: (m) => format.date(m.startedOn),
            exportValue: (m) => m.startedOn,
          },
          {
            key: 'recognition',
            header: t('present.highlights.recognition'),
            cell: (m) =>
              m.recognition
                ? t('present.highlights.recognitionValue', {
                    level: t(`present.highlights.level.${m.recognition.level}`),
                    year: m.recognition.year,
                  })
                : '—',
          },
        ]}
      />
      <DataTable
        caption={t('present.highlights.replicated')}
        rows={replicated}
        rowKey={(row) => row.model.id}
        columns={[
          {
            key: 'name',
            header: t('present.highlights.model'),
            rowHeader: true,
            cell: (row) => row.model.name,
          },
          { key: 'area', header: t('common.area'), cell: (row) => areaName(row.model.areaId) },
          {
            key: 'copies',
            header: t('present.highlights.copies'),
            numeric: true,
            cell: (row) => format.integer(row.descendants),
            exportValue: (row) => row.descendants,
          },
          {
            key: 'reach',
            header: t('present.highlights.reach'),
            numeric: true,
            cell: (row) => format.integer(row.reach),
            exportValue: (row) => row.reach,
          },
        ]}
      />
      {newest.items.length === 0 && replicated.length === 0 && (
        <p className="slide-note">{t('present.highlights.none')}</p>
      )}
    </div>
  )
}
