/**
 * Attainment bands for colouring a map: below 60 %, 60–80 %, 80–95 %, 95–100 %, and 100 % or more
 * (target reached). The lower bound of each band after the first.
 */
export const ATTAINMENT_BANDS = [0.6, 0.8, 0.95, 1] as const

/** 0 (lowest) … 4 (target reached); undefined without an attainment. Exactly 1 is band 4. */
export const attainmentBand = (attainment: number | undefined): number | undefined => {
  if (attainment === undefined || Number.isNaN(attainment)) return undefined
  let band = 0
  for (const bound of ATTAINMENT_BANDS) if (attainment >= bound - 1e-9) band += 1
  return band
}
