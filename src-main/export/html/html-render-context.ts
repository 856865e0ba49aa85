import type { ChartAttributes } from '../../shared/charts/chart-attributes-schema'
import type { ChartFailure, RenderedChart } from '../../charts/render-report-chart'
import type { DocumentNode } from '../../shared/document/document-json'
import type { MetricAttributes } from '../../shared/document/metric-node'
import type { SectionKind } from '../../shared/sections/section-kind'
import type { PictureSink } from './picture-sink'

/** A figure as the HTML export writes it; `pending` figures (no value yet) are highlighted. */
export type HtmlFigureRenderer = (attributes: MetricAttributes) => {
  text: string
  pending: boolean
}

/** An asset's bytes for embedding as a data: URI, or undefined when the asset is gone. */
export type HtmlImageLoader = (assetId: number) => { bytes: Buffer; mimeType: string } | undefined

/** A chart drawn from its series, or why it cannot be. */
export type HtmlChartRenderer = (attributes: ChartAttributes) => RenderedChart | ChartFailure

/** A report section as the HTML export takes it, in reading order. */
export interface HtmlExportSection {
  kind: SectionKind
  doc: DocumentNode
}

/** How an ordinary paragraph is set where it stands. */
export type HtmlParagraphRole =
  | 'masthead'
  | 'title'
  | 'subtitle'
  | 'lead'
  | 'body'
  | 'closing'
  | 'credits'
  | 'tableText'
  | 'listText'

/** What a node exporter knows: the callbacks, and where in the document it is. */
export interface HtmlRenderContext {
  renderFigure: HtmlFigureRenderer
  loadImage: HtmlImageLoader
  renderChart: HtmlChartRenderer
  /** Takes each photo's bytes and gives what its src holds: a slot for a data: URI, or a file name. */
  pictures: PictureSink
  role: HtmlParagraphRole
  /** The row a table cell stands in, so header cells get the right `scope`. */
  tableRowIndex?: number
}
