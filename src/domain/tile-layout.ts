import type { Area } from '@/api/schemas'

export type TilePlacement = { area: Area; row: number; col: number }
export type TileLayout = { tiles: TilePlacement[]; rows: number; cols: number }

/**
 * Places areas on a schematic tile map from their `tile` positions (0-based). Areas without a
 * position, or whose cell is already taken, fill the rows below the map, left to right, so that
 * no area is ever dropped or hidden under another.
 */
export const tileLayout = (areas: Area[]): TileLayout => {
  const taken = new Set<string>()
  const tiles: TilePlacement[] = []
  const unplaced: Area[] = []
  let rows = 0
  let cols = 0
  for (const area of areas) {
    const key = area.tile && `${area.tile.row}:${area.tile.col}`
    if (!area.tile || !key || taken.has(key)) {
      unplaced.push(area)
      continue
    }
    taken.add(key)
    tiles.push({ area, row: area.tile.row, col: area.tile.col })
    rows = Math.max(rows, area.tile.row + 1)
    cols = Math.max(cols, area.tile.col + 1)
  }
  if (unplaced.length > 0) {
    const width = cols > 0 ? cols : Math.ceil(Math.sqrt(unplaced.length))
    cols = Math.max(cols, width)
    unplaced.forEach((area, i) => {
      tiles.push({ area, row: rows + Math.floor(i / width), col: i % width })
    })
    rows += Math.ceil(unplaced.length / width)
  }
  return { tiles, rows, cols }
}
