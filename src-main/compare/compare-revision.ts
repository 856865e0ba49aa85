import type { z } from 'zod'
import type { revisionComparisonSchema } from '../shared/compare/comparison-schema'
import { AppError } from '../shared/errors/app-error'
import { documentPlainText } from '../shared/document/plain-text'
import { figureRendererFor } from '../metrics/metric-service'
import { requireReport } from '../reports/report-service'
import { requireSection } from '../sections/section-service'
import type { Workspace } from '../workspace/workspace'
import { blackline } from '../shared/compare/blackline'

/** An older revision of a section beside its current text, for preview before restoring. */
export type RevisionComparison = z.output<typeof revisionComparisonSchema>

/**
 * A saved revision of a section as text (figures as the report now gives them), and what
 * restoring it would change: the blackline from the section's current text to the revision's,
 * so struck text is what restoring takes out and marked text what it brings back. Nothing is
 * written.
 */
export function compareRevision(
  workspace: Workspace,
  input: { sectionId: number; revisionId: number },
): RevisionComparison {
  const section = requireSection(workspace, input.sectionId)
  const revision = workspace.sections.getRevision(input.revisionId)
  if (!revision || revision.sectionId !== section.id) {
    throw new AppError('revision_not_found', { id: input.revisionId })
  }
  const render = figureRendererFor(workspace, requireReport(workspace, section.reportId))
  const text = documentPlainText(revision.doc, render)
  return {
    revisionId: revision.id,
    version: revision.version,
    title: revision.title,
    createdAt: revision.createdAt,
    currentVersion: section.version,
    text,
    parts: blackline(documentPlainText(section.doc, render), text),
  }
}
