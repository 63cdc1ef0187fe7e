/** One area's place in a league table of attainment (the form officials read: "3rd of 9, ▲2"). */
export type LeagueEntry = {
  areaId: string
  attainment?: number
  previousAttainment?: number
  /** 1 = best; equal attainments share a rank (1, 1, 3). undefined without an attainment. */
  rank?: number
  previousRank?: number
  /** previousRank − rank: positive = moved up. undefined unless ranked in both years. */
  rankChange?: number
  /** attainment − previousAttainment (a ratio: 0.05 = 5 percentage points). */
  improvement?: number
}

export type LeagueInput = { areaId: string; attainment?: number }

/** Competition ranking by attainment, highest first; areas without one are not ranked. */
const ranksOf = (rows: LeagueInput[]): Map<string, number> => {
  const ranked = rows
    .filter((row): row is Required<LeagueInput> => row.attainment !== undefined)
    .filter((row) => !Number.isNaN(row.attainment))
    .sort((a, b) => b.attainment - a.attainment)
  const ranks = new Map<string, number>()
  ranked.forEach((row, i) => {
    const previous = ranked[i - 1]
    const rank =
      previous && previous.attainment === row.attainment
        ? (ranks.get(previous.areaId) as number)
        : i + 1
    ranks.set(row.areaId, rank)
  })
  return ranks
}

/**
 * The league table of sibling areas for one year against the year before. Entries come back in
 * rank order; unranked areas (no attainment) last, in their given order. Rank changes compare
 * ranks among the same set of areas in both years.
 */
export const leagueTable = (current: LeagueInput[], previous: LeagueInput[]): LeagueEntry[] => {
  const ranks = ranksOf(current)
  const previousRanks = ranksOf(previous)
  const previousById = new Map(previous.map((row) => [row.areaId, row.attainment]))
  const entries = current.map((row): LeagueEntry => {
    const rank = ranks.get(row.areaId)
    const previousRank = previousRanks.get(row.areaId)
    const previousAttainment = previousById.get(row.areaId)
    const improvement =
      row.attainment !== undefined &&
      previousAttainment !== undefined &&
      Number.isFinite(row.attainment) &&
      Number.isFinite(previousAttainment)
        ? row.attainment - previousAttainment
        : undefined
    return {
      areaId: row.areaId,
      ...(row.attainment !== undefined && { attainment: row.attainment }),
      ...(previousAttainment !== undefined && { previousAttainment }),
      ...(rank !== undefined && { rank }),
      ...(previousRank !== undefined && { previousRank }),
      ...(rank !== undefined && previousRank !== undefined && { rankChange: previousRank - rank }),
      ...(improvement !== undefined && { improvement }),
    }
  })
  const order = (entry: LeagueEntry) => entry.rank ?? Number.POSITIVE_INFINITY
  return entries
    .map((entry, i) => ({ entry, i }))
    .sort((a, b) => order(a.entry) - order(b.entry) || a.i - b.i)
    .map(({ entry }) => entry)
}

/** The same entries, most improved first; those without an improvement last, in rank order. */
export const byImprovement = (entries: LeagueEntry[]): LeagueEntry[] =>
  entries
    .map((entry, i) => ({ entry, i }))
    .sort((a, b) => {
      const x = a.entry.improvement
      const y = b.entry.improvement
      if (x === undefined || y === undefined)
        return (x === undefined ? 1 : 0) - (y === undefined ? 1 : 0) || a.i - b.i
      return y - x || a.i - b.i
    })
    .map(({ entry }) => entry)
