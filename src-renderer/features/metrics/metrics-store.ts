import type { ChannelOutput } from '../../../src-main/contract/channels'
import type { MetricAttributes } from '../../../src-main/document/metric-node'
import { renderFigureText } from '../../../src-main/metrics/render-figure'

export type ReportMetrics = ChannelOutput<'metrics.list'>
export type MetricRow = ReportMetrics['rows'][number]

type Listener = () => void

/**
 * The open report's series and values, shared by the metric node views and the metrics panel;
 * node views re-render their text when it changes.
 */
export class MetricsStore {
  private rows = new Map<number, MetricRow>()
  private listeners = new Set<Listener>()
  private snapshot: ReportMetrics | undefined

  get current(): ReportMetrics | undefined {
    return this.snapshot
  }

  replace(metrics: ReportMetrics): void {
    this.snapshot = metrics
    this.rows = new Map(metrics.rows.map((row) => [row.id, row]))
    for (const listener of this.listeners) {
      listener()
    }
  }

  row(seriesId: number): MetricRow | undefined {
    return this.rows.get(seriesId)
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** The figure's text from this year's value, or the 【待填…】 placeholder. */
  render(attributes: MetricAttributes): string {
    const row = this.rows.get(attributes.seriesId)
    return renderFigureText(attributes, row, row?.current?.value, row?.previous?.value)
  }

  isPending(seriesId: number): boolean {
    const value = this.rows.get(seriesId)?.current?.value
    return value === null || value === undefined
  }
}
