import type { ChartAttributes } from '../../shared/charts/chart-attributes-schema'
import type { ChartFailure, RenderedChart } from '../../charts/render-report-chart'
import type { DeferredMedia } from './deferred-media'
import type { MetricAttributes } from '../../shared/document/metric-node'
import type { CharacterRole, ExportProfile, ParagraphRole } from './export-profile'

/** A figure as the exporter writes it; `pending` figures (no value yet) are highlighted. */
export type DocxFigureRenderer = (attributes: MetricAttributes) => {
  text: string
  pending: boolean
}

/** An asset's bytes for embedding, or undefined when the asset is gone. */
export type DocxImageLoader = (assetId: number) => { bytes: Buffer; mimeType: string } | undefined

/** A chart drawn from its series, or why it cannot be. */
export type DocxChartRenderer = (attributes: ChartAttributes) => RenderedChart | ChartFailure

/** How the marks around a run set it. */
export interface RunFormat {
  bold?: boolean
  italics?: boolean
  characterRole?: CharacterRole
  link?: string
}

/** What a node exporter knows: the profile, the callbacks, and where in the document it is. */
export interface DocxRenderContext {
  profile: ExportProfile
  renderFigure: DocxFigureRenderer
  loadImage: DocxImageLoader
  renderChart: DocxChartRenderer
  /** Stands in for pictures until the package is written (see DeferredMedia). */
  media: DeferredMedia
  /** The role of an ordinary paragraph here: body, lead, tableText, … */
  role: ParagraphRole
  list?: { reference: string; level: number }
  format: RunFormat
  /** Space after the section's paragraphs instead of their style's: the end of the title block. */
  spaceAfterPt?: number
}
