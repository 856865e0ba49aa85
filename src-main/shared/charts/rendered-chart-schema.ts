import { z } from 'zod'
import { reportYearSchema } from '../reports/report-schema'

/** A chart drawn now, as the editor shows it (SVG with its words) and, on request, as a PNG. */
export const renderedChartSchema = z.object({
  svg: z.string(),
  alt: z.string(),
  caption: z.string(),
  width: z.number(),
  height: z.number(),
  years: z.array(reportYearSchema),
  /** Series without a value for the report's year, drawn as “待填”. */
  pendingLabels: z.array(z.string()),
  pngBase64: z.string().nullable(),
})
