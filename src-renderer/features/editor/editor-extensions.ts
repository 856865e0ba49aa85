import type { AnyExtension } from '@tiptap/core'
import { ReactNodeViewRenderer } from '@tiptap/react'
import { Chart } from '../../../src-main/shared/charts/chart-node'
import { documentExtensions } from '../../../src-main/shared/document/document-extensions'
import { Metric } from '../../../src-main/shared/document/metric-node'
import { ReportImage } from '../../../src-main/shared/document/report-image-node'
import { chartNodeView } from '../charts/chart-node-view'
import { metricNodeView } from '../metrics/metric-node-view'
import type { MetricsStore } from '../metrics/metrics-store'
import type { FigureEditRequest } from './figure-editing'
import { FigureEditing } from './figure-editing'
import { MetricTrigger } from './metric-trigger'
import { ReportImageView } from './report-image-view'

/** The editor's extension list: the shared document schema with node views attached here only. */
export function editorExtensions(
  metrics: MetricsStore,
  onMetricTrigger: () => void,
  onEditFigure: (request: FigureEditRequest) => void,
): AnyExtension[] {
  const replacements = new Map<string, AnyExtension>([
    [
      ReportImage.name,
      ReportImage.extend({
        addNodeView() {
          return ReactNodeViewRenderer(ReportImageView)
        },
      }),
    ],
    [
      Metric.name,
      Metric.configure({ renderFigure: (attributes) => metrics.render(attributes) }).extend({
        addNodeView() {
          return metricNodeView(metrics)
        },
      }),
    ],
    [
      Chart.name,
      Chart.extend({
        addNodeView() {
          return chartNodeView(metrics)
        },
      }),
    ],
  ])
  return [
    ...documentExtensions.map((extension) => replacements.get(extension.name) ?? extension),
    MetricTrigger.configure({ onTrigger: onMetricTrigger }),
    FigureEditing.configure({ onEdit: onEditFigure }),
  ]
}
