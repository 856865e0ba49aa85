import { Node, mergeAttributes } from '@tiptap/core'
import type { FigureStyle } from './figure-style'
import { defaultFigureStyle } from './figure-style'

/** The attributes a bound figure carries in the text: which series, and how it is written. */
export interface MetricAttributes extends FigureStyle {
  seriesId: number
}

export interface MetricOptions {
  /** Renders an occurrence from the current values; the editor and each exporter supply their own. */
  renderFigure: (attributes: MetricAttributes) => string
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    metric: {
      /** Inserts a figure bound to a metric series at the selection. */
      insertMetric: (attributes: MetricAttributes) => ReturnType
    }
  }
}

const styleKeys = Object.keys(defaultFigureStyle) as (keyof FigureStyle)[]

function parseStyleAttribute(key: keyof FigureStyle, raw: string | null): unknown {
  const fallback = defaultFigureStyle[key]
  if (raw === null) {
    return fallback
  }
  if (typeof fallback === 'number') {
    const parsed = Number(raw)
    return Number.isFinite(parsed) ? parsed : fallback
  }
  if (typeof fallback === 'boolean') {
    return raw === 'true'
  }
  return raw
}

/** A pasted id attribute as a whole number, 0 (bound to nothing) when it is not one. */
function idFrom(raw: string | null): number {
  const id = Number(raw ?? 0)
  return Number.isSafeInteger(id) && id > 0 ? id : 0
}

function dataName(key: string): string {
  return `data-${key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`
}

/**
 * Reads a node's attributes as MetricAttributes, filling defaults for missing (or null) ones.
 * Field by field rather than by spreading: a report has thousands of figures, and spreading
 * parsed JSON objects is some fifty times slower.
 */
export function metricAttributesOf(attrs: Record<string, unknown> | undefined): MetricAttributes {
  const given = (attrs ?? {}) as Partial<MetricAttributes>
  const defaults = defaultFigureStyle
  return {
    seriesId: given.seriesId ?? 0,
    template: given.template ?? defaults.template,
    scale: given.scale ?? defaults.scale,
    numerals: given.numerals ?? defaults.numerals,
    grouping: given.grouping ?? defaults.grouping,
    decimals: given.decimals ?? defaults.decimals,
    magnitude: given.magnitude ?? defaults.magnitude,
    fullWidth: given.fullWidth ?? defaults.fullWidth,
  }
}

/** An inline figure bound to a metric series; its text is rendered from the series' value. */
export const Metric = Node.create<MetricOptions>({
  name: 'metric',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  draggable: false,

  addOptions() {
    return { renderFigure: (attributes) => `【${attributes.template.replace('{v}', '？')}】` }
  },

  addAttributes() {
    const attributes: Record<string, object> = {
      seriesId: {
        default: 0,
        parseHTML: (element: HTMLElement) => idFrom(element.getAttribute('data-series-id')),
        renderHTML: (attrs: Record<string, unknown>) => ({
          'data-series-id': String(attrs.seriesId),
        }),
      },
    }
    for (const key of styleKeys) {
      attributes[key] = {
        default: defaultFigureStyle[key],
        parseHTML: (element: HTMLElement) =>
          parseStyleAttribute(key, element.getAttribute(dataName(key))),
        renderHTML: (attrs: Record<string, unknown>) => ({ [dataName(key)]: String(attrs[key]) }),
      }
    }
    return attributes
  },

  parseHTML() {
    return [{ tag: 'span[data-metric]' }]
  },

  renderHTML({ node, HTMLAttributes }) {
    return [
      'span',
      mergeAttributes(HTMLAttributes, { 'data-metric': '', class: 'metric' }),
      this.options.renderFigure(metricAttributesOf(node.attrs)),
    ]
  },

  renderText({ node }) {
    return this.options.renderFigure(metricAttributesOf(node.attrs))
  },

  addCommands() {
    return {
      insertMetric:
        (attributes) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs: attributes }),
    }
  },
})
