import type { z } from 'zod'
import { AppError } from '../shared/errors/app-error'
import { requireReport } from '../reports/report-service'
import type { Section } from '../shared/sections/section'
import type { Workspace } from '../workspace/workspace'
import type { BuiltInTemplateId } from '../shared/templates/built-in-template-id'
import { builtInTemplateIds } from '../shared/templates/built-in-template-id'
import { builtInTemplates } from './built-in-templates'
import type { TemplateEntry } from './template-outline'
import type { templateSummarySchema } from '../shared/templates/template-summary-schema'

/** A template as the new-report dialog lists it (see templateSummarySchema). */
export type TemplateSummary = z.output<typeof templateSummarySchema>

function count(outline: TemplateEntry[], kind: TemplateEntry['kind']): number {
  return outline.reduce(
    (sum, entry) => sum + (entry.kind === kind ? 1 : 0) + count(entry.children, kind),
    0,
  )
}

function summary(
  id: string,
  builtIn: BuiltInTemplateId | null,
  name: string,
  outline: TemplateEntry[],
): TemplateSummary {
  return {
    id,
    builtIn,
    name,
    headings: count(outline, 'heading'),
    subsections: count(outline, 'subsection'),
  }
}

/** The built-in templates and the saved ones, newest saved first. */
export function listTemplates(workspace: Workspace): TemplateSummary[] {
  return [
    ...builtInTemplateIds.map((id) => summary(id, id, id, builtInTemplates[id])),
    ...workspace.templates
      .list()
      .map((saved) => summary(`saved:${saved.id}`, null, saved.name, saved.outline)),
  ]
}

/** A template's outline by its id, or `template_not_found`. */
export function requireTemplateOutline(workspace: Workspace, templateId: string): TemplateEntry[] {
  if (templateId === 'lianghui' || templateId === 'empty') {
    return builtInTemplates[templateId]
  }
  const saved = /^saved:(\d+)$/.exec(templateId)
  const template = saved ? workspace.templates.get(Number(saved[1])) : undefined
  if (!template) {
    throw new AppError('template_not_found')
  }
  return template.outline
}

/** Blank titles for the parts whose text is the report's own; the outline's titles are kept. */
function entryOf(section: Section, children: TemplateEntry[], reportTitle: string): TemplateEntry {
  const keepsTitle = ['masthead', 'subtitle', 'heading', 'subsection'].includes(section.kind)
  const title = section.kind === 'title' ? section.title.replace(reportTitle, '{title}') : ''
  return { kind: section.kind, title: keepsTitle ? section.title : title, children }
}

/** Saves a report's outline (kinds and 栏目/小节 titles, not its text) as a named template. */
export function saveTemplate(
  workspace: Workspace,
  input: { reportId: number; name: string },
): TemplateSummary {
  const report = requireReport(workspace, input.reportId)
  const name = input.name.trim()
  if (workspace.templates.nameTaken(name)) {
    throw new AppError('template_name_taken', { name })
  }
  const sections = workspace.sections.listByReport(report.id)
  const build = (parentId: number | null): TemplateEntry[] =>
    sections
      .filter((section) => section.parentId === parentId)
      .sort((a, b) => a.position - b.position)
      .map((section) => entryOf(section, build(section.id), report.title))
  const outline = build(null)
  const id = workspace.templates.insert(name, outline)
  return summary(`saved:${id}`, null, name, outline)
}

/** Deletes a saved template (built-in ones stay). */
export function deleteTemplate(workspace: Workspace, templateId: string): void {
  const saved = /^saved:(\d+)$/.exec(templateId)
  if (!saved || !workspace.templates.delete(Number(saved[1]))) {
    throw new AppError('template_not_found')
  }
}
