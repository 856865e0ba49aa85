/** Where a person was in a report: the section, the caret in it, and the view. */
export interface ReportPlace {
  sectionId: number
  /** The caret as an anchor offset in the section's text (see documentTextMap). */
  caret: number
  mode: 'single' | 'full'
}

const key = (reportId: number) => `dajuan.place.${reportId}`

/** The place last left in a report, if the browser kept it. */
export function readReportPlace(reportId: number): ReportPlace | undefined {
  try {
    const place = JSON.parse(localStorage.getItem(key(reportId)) ?? 'null') as ReportPlace | null
    const valid =
      place !== null &&
      Number.isInteger(place.sectionId) &&
      Number.isInteger(place.caret) &&
      (place.mode === 'single' || place.mode === 'full')
    return valid ? place : undefined
  } catch {
    return undefined
  }
}

/** Remembers the place in a report, so reopening it returns there. */
export function writeReportPlace(reportId: number, place: ReportPlace): void {
  try {
    localStorage.setItem(key(reportId), JSON.stringify(place))
  } catch {
    // Storage full or disabled: the place is a convenience, the text is saved elsewhere.
  }
}
