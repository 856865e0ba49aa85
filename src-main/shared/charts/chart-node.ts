import { Node, mergeAttributes } from '@tiptap/core'
import { textAttribute } from '../document/text-attribute'
import type { ChartAttributes } from './chart-attributes-schema'
import type { ChartType } from './chart-types'
import { chartLimits, chartTypes } from './chart-types'

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    chart: {
      /** Inserts a chart drawn from metric series at the selection. */
      insertChart: (attributes: ChartAttributes) => ReturnType
    }
  }
}

/** The attributes of a chart nobody has chosen anything for. */
export const defaultChartAttributes: ChartAttributes = {
  chartType: 'line',
  seriesIds: [],
  years: 5,
  caption: '',
  note: '',
}

function chartTypeOf(value: unknown): ChartType {
  return chartTypes.includes(value as ChartType) ? (value as ChartType) : 'line'
}

/** "3,5,8" or [3, 5, 8] as whole positive numbers; anything else is dropped. */
function seriesIdsOf(value: unknown): number[] {
  let items: unknown[] = []
  if (Array.isArray(value)) {
    items = value
  } else if (typeof value === 'string') {
    items = value.split(',')
  }
  return items
    .map((item) => Number(item))
    .filter((id) => Number.isSafeInteger(id) && id > 0)
    .slice(0, chartLimits.maxSeries)
}

function yearsOf(value: unknown): number {
  const years = Number(value)
  return Number.isInteger(years) && years >= 1 && years <= chartLimits.maxYears
    ? years
    : defaultChartAttributes.years
}

/** Reads a node's attributes as ChartAttributes, each in range (a pasted chart may carry anything). */
export function chartAttributesOf(attrs: Record<string, unknown> | undefined): ChartAttributes {
  return {
    chartType: chartTypeOf(attrs?.chartType),
    seriesIds: seriesIdsOf(attrs?.seriesIds),
    years: yearsOf(attrs?.years),
    caption: textAttribute(attrs, 'caption').slice(0, chartLimits.maxCaption),
    note: textAttribute(attrs, 'note').slice(0, chartLimits.maxNote),
  }
}

/**
 * A chart (数说) drawn from metric series: the node stores only the chart type, the series, how
 * many years up to the report's year, its caption and a note. Every renderer draws it from the
 * series' current values, so it is never out of date and never disagrees with the text.
 */
export const Chart = Node.create({
  name: 'chart',
  group: 'block',
  atom: true,
  draggable: true,

  addAttributes() {
    return {
      chartType: {
        default: defaultChartAttributes.chartType,
        parseHTML: (element: HTMLElement) => chartTypeOf(element.getAttribute('data-chart-type')),
        renderHTML: (attrs: Record<string, unknown>) => ({
          'data-chart-type': String(attrs.chartType),
        }),
      },
      seriesIds: {
        default: defaultChartAttributes.seriesIds,
        parseHTML: (element: HTMLElement) => seriesIdsOf(element.getAttribute('data-series-ids')),
        renderHTML: (attrs: Record<string, unknown>) => ({
          'data-series-ids': seriesIdsOf(attrs.seriesIds).join(','),
        }),
      },
      years: {
        default: defaultChartAttributes.years,
        parseHTML: (element: HTMLElement) => yearsOf(element.getAttribute('data-years')),
        renderHTML: (attrs: Record<string, unknown>) => ({ 'data-years': String(attrs.years) }),
      },
      caption: {
        default: '',
        parseHTML: (element: HTMLElement) =>
          (element.querySelector('figcaption')?.textContent ?? '').slice(0, chartLimits.maxCaption),
        renderHTML: () => ({}),
      },
      note: {
        default: '',
        parseHTML: (element: HTMLElement) =>
          (element.getAttribute('data-note') ?? '').slice(0, chartLimits.maxNote),
        renderHTML: (attrs: Record<string, unknown>) => ({ 'data-note': String(attrs.note) }),
      },
    }
  },

  parseHTML() {
    return [{ tag: 'figure[data-chart]' }]
  },

  renderHTML({ node, HTMLAttributes }) {
    return [
      'figure',
      mergeAttributes(HTMLAttributes, { 'data-chart': '', class: 'report-chart' }),
      ['figcaption', {}, textAttribute(node.attrs, 'caption')],
    ]
  },

  renderText({ node }) {
    return textAttribute(node.attrs, 'caption')
  },

  addCommands() {
    return {
      insertChart:
        (attributes) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs: attributes }),
    }
  },
})
