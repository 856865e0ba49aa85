import { z } from 'zod'
import { sectionKinds } from '../shared/sections/section-kind'

/** One entry of a template's outline: what kind it is, the title it starts with, its 小节. */
export const templateEntrySchema: z.ZodType<TemplateEntry> = z.lazy(() =>
  z.object({
    kind: z.enum(sectionKinds),
    title: z.string().max(200),
    children: z.array(templateEntrySchema).max(200),
  }),
)

export interface TemplateEntry {
  kind: (typeof sectionKinds)[number]
  title: string
  children: TemplateEntry[]
}

export const templateOutlineSchema = z.array(templateEntrySchema).max(500)
