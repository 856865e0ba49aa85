import type { z } from 'zod'
import type { metricSeriesSchema, metricValueSchema } from './metric-series-schema'

/** pending: not yet checked against its source; checked: a person confirmed it. */
export const reviewStatuses = ['pending', 'checked'] as const
export type ReviewStatus = (typeof reviewStatuses)[number]

/** proposed: bound by an import and not yet reviewed; accepted: confirmed by the user. */
export const bindingStatuses = ['proposed', 'accepted'] as const
export type BindingStatus = (typeof bindingStatuses)[number]

/** A measure tracked across years (see metricSeriesSchema). */
export type MetricSeries = z.output<typeof metricSeriesSchema>

/** One year's value of a series (see metricValueSchema). */
export type MetricValue = z.output<typeof metricValueSchema>
