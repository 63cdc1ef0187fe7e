import { useCallback, type ReactNode } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { measurementQueries } from '@/api/measurement-queries'
import { referenceQueries } from '@/api/reference-queries'
import { dataDate } from '@/domain/data-date'
import { ExportContextProvider, type ExportContextValue } from '@/shared/export/export-context'
import { env } from '@/shared/lib/env'

/**
 * The context every export of the page carries: programme, area and "as of" year (resolved from
 * the URL as the filter bar does), the data date of the figures in view and the source. It is
 * worked out only when an export is asked for, from the query cache (fetching what is missing),
 * so the shell neither waits for nor subscribes to any data.
 */
export function ExportScope({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  const [params] = useSearchParams()
  const queryClient = useQueryClient()
  const rawProgramme = params.get('programme')
  const rawArea = params.get('area')
  const rawYear = params.get('year')
  const source = [
    `${t('app.title')} (${env.VITE_API_BASE_URL})`,
    env.VITE_MOCKING === 'on' ? t('shell.illustrativeData') : '',
  ]
    .filter(Boolean)
    .join(' — ')

  const load = useCallback(async (): Promise<ExportContextValue> => {
    const [areas, programmes] = await Promise.all([
      queryClient.fetchQuery(referenceQueries.areas()),
      queryClient.fetchQuery(referenceQueries.programmes()),
    ])
    const programmeId = programmes.find((p) => p.id === rawProgramme)?.id ?? programmes[0]?.id
    const area = areas.find((a) => a.id === rawArea) ?? areas.find((a) => a.parentId === null)
    if (programmeId === undefined || area === undefined) return {}
    const programme = await queryClient.fetchQuery(referenceQueries.programme(programmeId))
    const wanted = Number(rawYear)
    const year =
      wanted >= programme.startYear && wanted <= programme.endYear ? wanted : programme.endYear
    const measurements = await queryClient.fetchQuery(
      measurementQueries.list({ programmeId, ancestorId: area.id }),
    )
    return {
      programme: programme.shortName,
      area: area.name,
      year,
      dataDate: dataDate(measurements, year),
    }
  }, [queryClient, rawProgramme, rawArea, rawYear])

  return <ExportContextProvider value={{ source, load }}>{children}</ExportContextProvider>
}
