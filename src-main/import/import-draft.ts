import type { ImageMimeType } from '../assets/image-type'
import type { SeriesDraft } from '../metrics/figure-drafts'
import type { SectionDraft } from '../sections/section-draft'

/** What the person importing says about the new report. */
export interface ReportImportOptions {
  year: number
  title?: string
  organization?: string
}

/** A picture an import will store as an asset of the new report. */
export interface ImageDraft {
  mimeType: ImageMimeType
  bytes: Uint8Array
  caption: string
  credit: string
}

/**
 * A report as an import read it, before anything is stored. Its documents point at drafts by
 * index: a `metric` node's `seriesDraft` into `series`, a `reportImage` node's `imageDraft` into
 * `images`; `persistImport` stores them and puts the stored ids in their place.
 */
export interface ImportDraft {
  year: number
  title: string
  organization: string
  images: ImageDraft[]
  /** Labels already unique within the report. */
  series: SeriesDraft[]
  sections: SectionDraft[]
}
