import type { ReactNode } from 'react'

/**
 * An optional slot beside a figure for its provenance ("where does this figure come from"),
 * filled by the route module; nothing is shown when it is left unset.
 */
export type ProvenanceSlot = (args: {
  indicatorId: string
  areaId: string
  year: number
}) => ReactNode
