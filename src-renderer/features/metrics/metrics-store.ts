import type { ChannelOutput } from '../../../src-main/contract/channels'
import type { MetricAttributes } from '../../../src-main/shared/document/metric-node'
import type { PlaceholderWriter } from '../../../src-main/shared/metrics/render-figure'
import { renderFigureText } from '../../../src-main/shared/metrics/render-figure'
import { i18n } from '../../i18n/i18n'

/** The placeholder in the UI's language: 【待填·原煤产量·上年3598万吨】, [to fill · …]. */
const uiPlaceholder: PlaceholderWriter = (label, previous) =>
  previous === undefined
    ? i18n.t('ui.placeholders.pending', { label })
    : i18n.t('ui.placeholders.pendingWithPrevious', { label, previous })

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

  /** The figure's text from this year's value, or the placeholder (in the UI's language). */
  render(attributes: MetricAttributes): string {
    const row = this.rows.get(attributes.seriesId)
    return renderFigureText(
      attributes,
      row,
      row?.current?.value,
      row?.previous?.value,
      uiPlaceholder,
    )
  }

  /** Redraws what shows figures, e.g. after the UI's language changed. */
  refresh(): void {
    for (const listener of this.listeners) {
      listener()
    }
  }

  isPending(seriesId: number): boolean {
    const value = this.rows.get(seriesId)?.current?.value
    return value === null || value === undefined
  }
}
