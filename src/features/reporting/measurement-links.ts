import type { Measurement } from '@/api/schemas'

/** The entry form opened on one figure (indicator, area and year travel in the URL). */
export const entryLink = (m: Pick<Measurement, 'indicatorId' | 'areaId' | 'year'>) =>
  `/report?${new URLSearchParams({ indicator: m.indicatorId, area: m.areaId, year: String(m.year) }).toString()}`

export const historyLink = (measurementId: string) =>
  `/report/history/${encodeURIComponent(measurementId)}`
