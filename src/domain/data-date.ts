import type { Measurement } from '@/api/schemas'

/**
 * The data date of a view: the latest `reportedAt` among the measurements in it (those up to
 * the "as of" year, when one is given), not today's date. Undefined without measurements.
 * Compared as instants, so reports from different time zones order correctly.
 */
export const dataDate = (
  measurements: Pick<Measurement, 'reportedAt' | 'year'>[],
  asOfYear?: number,
): string | undefined => {
  let latest: string | undefined
  let latestTime = -Infinity
  for (const { reportedAt, year } of measurements) {
    if (asOfYear !== undefined && year > asOfYear) continue
    const time = Date.parse(reportedAt)
    if (time > latestTime) {
      latest = reportedAt
      latestTime = time
    }
  }
  return latest
}
