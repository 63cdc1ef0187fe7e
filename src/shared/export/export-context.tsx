import { createContext, useContext, useMemo, type ReactNode } from 'react'

/** A filter shown with an export (in the XLSX context sheet), beyond programme, area and year. */
export type ExportFilter = { label: string; value: string }

/**
 * What every export says about itself: the programme, area and "as of" year in view, the data
 * date (the latest `reportedAt` of the figures in view, not today) and where the data comes from.
 * The app shell provides it for every page (`load`, worked out when an export is asked for); a
 * page or slide may set fields itself, or add filters, with a nested provider.
 */
export type ExportContextValue = {
  programme?: string | undefined
  area?: string | undefined
  year?: number | undefined
  /** ISO date or date-time. */
  dataDate?: string | undefined
  source?: string | undefined
  filters?: ExportFilter[] | undefined
  /** Works out the fields not given here (called at export time). */
  load?: (() => Promise<ExportContextValue>) | undefined
}

const ExportContext = createContext<ExportContextValue>({})

const FIELDS = ['programme', 'area', 'year', 'dataDate', 'source', 'load'] as const

/** Sets the export context below it; fields left out are kept from the enclosing context, filters add up. */
export function ExportContextProvider({
  value,
  children,
}: {
  value: ExportContextValue
  children: ReactNode
}) {
  const parent = useContext(ExportContext)
  const { programme, area, year, dataDate, source, filters, load } = value
  const merged = useMemo(() => {
    const next: ExportContextValue = { ...parent }
    const own: ExportContextValue = { programme, area, year, dataDate, source, load }
    for (const key of FIELDS) if (own[key] !== undefined) Object.assign(next, { [key]: own[key] })
    next.filters = [...(parent.filters ?? []), ...(filters ?? [])]
    return next
  }, [parent, programme, area, year, dataDate, source, filters, load])
  return <ExportContext.Provider value={merged}>{children}</ExportContext.Provider>
}

export const useExportContext = (): ExportContextValue => useContext(ExportContext)

/** The full context at export time: what `load` works out, overridden by the fields set here. */
export async function resolveExportContext(
  context: ExportContextValue,
): Promise<ExportContextValue> {
  const loaded: ExportContextValue = context.load
    ? await context.load().catch((): ExportContextValue => ({}))
    : {}
  const resolved: ExportContextValue = { ...loaded }
  for (const key of FIELDS)
    if (context[key] !== undefined) Object.assign(resolved, { [key]: context[key] })
  resolved.filters = [...(loaded.filters ?? []), ...(context.filters ?? [])]
  return resolved
}
