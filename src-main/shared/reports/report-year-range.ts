/** The years a report may be for; the contract refuses others and the dialogs say so first. */
export const reportYearRange = { min: 1949, max: 2200 } as const

/** Whether `year` is a whole year a report may be for. */
export function isReportYear(year: number): boolean {
  return Number.isInteger(year) && year >= reportYearRange.min && year <= reportYearRange.max
}
