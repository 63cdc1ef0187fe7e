import { measurementQueries } from './measurement-queries'
import { referenceQueries, targetQueries } from './reference-queries'

/**
 * What an indicator's page assesses an area and its children from: the area tree, the
 * programme's targets, and the figures the server rolls up for the area and for each child.
 */
export const indicatorQueries = (programmeId: string, areaId: string) =>
  [
    referenceQueries.areas(),
    targetQueries.list(programmeId),
    measurementQueries.figures({ programmeId, areaId }),
    measurementQueries.figures({ programmeId, parentId: areaId }),
  ] as const
