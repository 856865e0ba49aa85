import type { z } from 'zod'
import { randomUUID } from 'node:crypto'
import type { DocumentNode } from '../shared/document/document-json'
import { AppError } from '../shared/errors/app-error'
import { requireReport } from '../reports/report-service'
import type { Workspace } from '../workspace/workspace'
import type { Section } from '../shared/sections/section'
import {
  headingToSubsectionBody,
  newSectionBody,
  retitledBody,
  subsectionToHeadingBody,
} from './section-body-for-kind'
import type { SectionPlacement } from '../shared/sections/section-placement'
import type { structureChangeSchema } from '../shared/sections/structure-change-schema'
import { orderedSiblings, resolvePlacement } from '../shared/sections/section-placement'
import { requireSection, writeSectionBody } from './section-service'

/** One change to a report's outline (see structureChangeSchema). */
export type StructureChange = z.output<typeof structureChangeSchema>

export interface StructureResult {
  /** The section the change was about (the new one, for `add`). */
  sectionId: number
  /** The change that takes this one back. */
  undo: StructureChange
}

const renamable: Partial<Record<Section['kind'], number | undefined>> = {
  title: 1,
  heading: 2,
  subsection: undefined,
}

/** Where a section stands now, as a placement that puts it back there. */
function placementOf(sections: Section[], section: Section): SectionPlacement {
  const siblings = orderedSiblings(sections, section.parentId)
  const at = siblings.findIndex((item) => item.id === section.id)
  if (at > 0) {
    return { after: siblings[at - 1].id }
  }
  if (siblings.length > 1) {
    return { before: siblings[1].id }
  }
  if (section.parentId !== null) {
    return { inside: section.parentId }
  }
  throw new AppError('placement_invalid')
}

/**
 * Renumbers a parent's live children 0, 1, 2 …, leaving out `without` (a section moving away)
 * and putting `inserted` at its index.
 */
function renumber(
  workspace: Workspace,
  sections: Section[],
  parentId: number | null,
  change: { without?: number; inserted?: { id: number; index: number } },
): void {
  const { without, inserted } = change
  const siblings = orderedSiblings(sections, parentId)
    .map((item) => item.id)
    .filter((id) => id !== without && id !== inserted?.id)
  if (inserted) {
    siblings.splice(inserted.index, 0, inserted.id)
  }
  siblings.forEach((id, position) => workspace.sections.place(id, parentId, position))
}

function subtreeIds(sections: Section[], rootId: number): number[] {
  const ids = [rootId]
  for (let index = 0; index < ids.length; index++) {
    ids.push(...sections.filter((item) => item.parentId === ids[index]).map((item) => item.id))
  }
  return ids
}

function liveSection(workspace: Workspace, sectionId: number): Section {
  const section = requireSection(workspace, sectionId)
  if (section.deletedAt) {
    throw new AppError('section_deleted')
  }
  if (workspace.reports.get(section.reportId)?.deletedAt) {
    throw new AppError('report_deleted')
  }
  return section
}

function writeBody(workspace: Workspace, section: Section, doc: DocumentNode): void {
  writeSectionBody(workspace, section, section.version, doc, 'structure')
}

function add(workspace: Workspace, change: Extract<StructureChange, { op: 'add' }>) {
  const report = requireReport(workspace, change.reportId)
  if (report.deletedAt) {
    throw new AppError('report_deleted')
  }
  const title = change.title.trim()
  if (!title) {
    throw new AppError('section_title_empty')
  }
  const sections = workspace.sections.listByReport(report.id)
  const { parentId, index } = resolvePlacement(sections, change.kind, change.placement)
  const id = workspace.sections.insert({
    reportId: report.id,
    parentId,
    position: index,
    kind: change.kind,
    title,
    doc: newSectionBody(change.kind, title),
    lineageKey: randomUUID(),
  })
  renumber(workspace, sections, parentId, { inserted: { id, index } })
  workspace.reports.touch(report.id)
  return { sectionId: id, undo: { op: 'delete', sectionId: id } as const }
}

function move(workspace: Workspace, change: Extract<StructureChange, { op: 'move' }>) {
  const section = liveSection(workspace, change.sectionId)
  const sections = workspace.sections.listByReport(section.reportId)
  const undo = {
    op: 'move',
    sectionId: section.id,
    placement: placementOf(sections, section),
  } as const
  const { parentId, index } = resolvePlacement(sections, section.kind, change.placement, section.id)
  renumber(workspace, sections, section.parentId, { without: section.id })
  renumber(workspace, sections, parentId, { inserted: { id: section.id, index } })
  workspace.reports.touch(section.reportId)
  return { sectionId: section.id, undo }
}

function remove(workspace: Workspace, change: Extract<StructureChange, { op: 'delete' }>) {
  const section = liveSection(workspace, change.sectionId)
  const sections = workspace.sections.listByReport(section.reportId)
  const stamp = new Date().toISOString()
  for (const id of subtreeIds(sections, section.id)) {
    workspace.sections.setDeleted(id, stamp)
  }
  workspace.reports.touch(section.reportId)
  return { sectionId: section.id, undo: { op: 'restore', sectionId: section.id } as const }
}

function restore(workspace: Workspace, change: Extract<StructureChange, { op: 'restore' }>) {
  const section = requireSection(workspace, change.sectionId)
  if (!section.deletedAt) {
    throw new AppError('section_not_deleted')
  }
  const parent = section.parentId === null ? undefined : workspace.sections.get(section.parentId)
  if (parent?.deletedAt) {
    throw new AppError('restore_parent_deleted', { title: parent.title })
  }
  const all = workspace.sections.listAllByReport(section.reportId)
  const stamp = section.deletedAt
  for (const id of subtreeIds(all, section.id)) {
    if (all.find((item) => item.id === id)?.deletedAt === stamp) {
      workspace.sections.setDeleted(id, null)
    }
  }
  const live = workspace.sections.listByReport(section.reportId)
  const siblings = orderedSiblings(live, section.parentId, section.id)
  const index = siblings.filter((item) => item.position < section.position).length
  renumber(workspace, live, section.parentId, { inserted: { id: section.id, index } })
  workspace.reports.touch(section.reportId)
  return { sectionId: section.id, undo: { op: 'delete', sectionId: section.id } as const }
}

function rename(workspace: Workspace, change: Extract<StructureChange, { op: 'rename' }>) {
  const section = liveSection(workspace, change.sectionId)
  const title = change.title.trim()
  if (!(section.kind in renamable)) {
    throw new AppError('rename_not_applicable')
  }
  if (!title) {
    throw new AppError('section_title_empty')
  }
  writeBody(workspace, section, retitledBody(section.doc, renamable[section.kind], title))
  return {
    sectionId: section.id,
    undo: { op: 'rename', sectionId: section.id, title: section.title } as const,
  }
}

function convert(workspace: Workspace, change: Extract<StructureChange, { op: 'convert' }>) {
  const section = liveSection(workspace, change.sectionId)
  const from = section.kind
  if ((from !== 'heading' && from !== 'subsection') || from === change.kind) {
    throw new AppError('convert_not_applicable')
  }
  const sections = workspace.sections.listByReport(section.reportId)
  if (sections.some((item) => item.parentId === section.id)) {
    throw new AppError('convert_has_children')
  }
  const undo = {
    op: 'convert',
    sectionId: section.id,
    kind: from,
    placement: placementOf(sections, section),
  } as const
  const { parentId, index } = resolvePlacement(sections, change.kind, change.placement, section.id)
  renumber(workspace, sections, section.parentId, { without: section.id })
  renumber(workspace, sections, parentId, { inserted: { id: section.id, index } })
  workspace.sections.setKind(section.id, change.kind)
  const doc =
    change.kind === 'heading'
      ? subsectionToHeadingBody(section.doc)
      : headingToSubsectionBody(section.doc)
  writeBody(workspace, { ...section, kind: change.kind }, doc)
  return { sectionId: section.id, undo }
}

/**
 * Changes a report's outline in one transaction: add, move, delete (into the report's trash),
 * restore, rename, or convert a section. Sections keep their lineage keys (a new one gets its
 * own), so compare and roll forward still find last year's counterparts; a change to a body is
 * a new revision. Returns the section concerned and the change that undoes this one.
 */
export function changeStructure(workspace: Workspace, change: StructureChange): StructureResult {
  return workspace.db.transaction((): StructureResult => {
    switch (change.op) {
      case 'add':
        return add(workspace, change)
      case 'move':
        return move(workspace, change)
      case 'delete':
        return remove(workspace, change)
      case 'restore':
        return restore(workspace, change)
      case 'rename':
        return rename(workspace, change)
      case 'convert':
        return convert(workspace, change)
    }
  })()
}
