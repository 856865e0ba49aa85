import type { FigureKind, FigureQualifier } from '../extraction/extracted-figure'

export type ReviewStatus = 'pending' | 'checked'

/** A measure tracked across years (原煤产量, 吨); shared by every year of one report family. */
export interface MetricSeries {
  id: number
  familyId: string
  label: string
  unit: string
  displayUnit: string
  qualifier: FigureQualifier
  kind: FigureKind
  /** For a change figure (同比增长46%): the amount series it is the change of. */
  baseSeriesId: number | null
  /** proposed: bound by an import and not yet reviewed; accepted: confirmed by the user. */
  bindingStatus: BindingStatus
}

export type BindingStatus = 'proposed' | 'accepted'

/** One year's value of a series, with where it came from and whether it was checked. */
export interface MetricValue {
  seriesId: number
  year: number
  value: number | null
  displayUnit: string
  qualifier: FigureQualifier
  source: string
  reviewStatus: ReviewStatus
  reviewedBy: string | null
  reviewedAt: string | null
  updatedAt: string
}
