import type { DocumentNode } from '../shared/document/document-json'
import { validateDocument } from '../shared/document/validate-document'
import { AppError } from '../shared/errors/app-error'
import type { Workspace } from '../workspace/workspace'
import type {
  EditorSaveReason,
  RevisionReason,
  Section,
  SectionRevision,
} from '../shared/sections/section'
import { deriveSectionTitle } from './derive-section-title'

/** Loads a section or fails with `section_not_found`. */
export function requireSection(workspace: Workspace, id: number): Section {
  const section = workspace.sections.get(id)
  if (!section) {
    throw new AppError('section_not_found', { id })
  }
  return section
}

function requireEditable(workspace: Workspace, section: Section): void {
  if (workspace.reports.get(section.reportId)?.deletedAt) {
    throw new AppError('report_deleted')
  }
  if (section.deletedAt) {
    throw new AppError('section_deleted')
  }
}

/**
 * Writes a section's new body (and the title it gives) as the version after `baseVersion`, in a
 * transaction that also marks the report changed; a stale base fails with `conflict`.
 */
export function writeSectionBody(
  workspace: Workspace,
  section: Section,
  baseVersion: number,
  doc: DocumentNode,
  reason: RevisionReason,
): Section {
  const title = deriveSectionTitle(section.kind, doc)
  const saved = workspace.db.transaction(() => {
    const version = workspace.sections.updateIfVersion(section.id, baseVersion, doc, title, reason)
    if (version !== undefined) {
      workspace.reports.touch(section.reportId)
    }
    return version
  })()
  if (saved === undefined) {
    const current = requireSection(workspace, section.id).version
    throw new AppError('conflict', { current, base: baseVersion })
  }
  return requireSection(workspace, section.id)
}

/**
 * Saves a section body edited from `baseVersion`. A stale base is a conflict, never an overwrite;
 * to keep one's own text after a conflict, save again on the current version.
 */
export function saveSection(
  workspace: Workspace,
  input: { sectionId: number; baseVersion: number; doc: DocumentNode; reason?: EditorSaveReason },
): Section {
  const section = requireSection(workspace, input.sectionId)
  requireEditable(workspace, section)
  validateDocument(input.doc)
  return writeSectionBody(workspace, section, input.baseVersion, input.doc, input.reason ?? 'edit')
}

export function listRevisions(workspace: Workspace, sectionId: number): SectionRevision[] {
  requireSection(workspace, sectionId)
  return workspace.sections.listRevisions(sectionId)
}

/** Brings back an older revision's body; the restore is itself a new revision. */
export function restoreRevision(
  workspace: Workspace,
  input: { sectionId: number; revisionId: number },
): Section {
  const section = requireSection(workspace, input.sectionId)
  requireEditable(workspace, section)
  const revision = workspace.sections.getRevision(input.revisionId)
  if (!revision || revision.sectionId !== section.id) {
    throw new AppError('revision_not_found', { id: input.revisionId })
  }
  return writeSectionBody(workspace, section, section.version, revision.doc, 'restore')
}

/** The body of an older revision, for preview before restoring. */
export function getRevisionDocument(workspace: Workspace, revisionId: number): DocumentNode {
  const revision = workspace.sections.getRevision(revisionId)
  if (!revision) {
    throw new AppError('revision_not_found', { id: revisionId })
  }
  return revision.doc
}
