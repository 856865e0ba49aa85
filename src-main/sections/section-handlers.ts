import type { Handlers } from '../contract/channels'
import { requireReport } from '../reports/report-service'
import type { Workspace } from '../workspace/workspace'
import { changeStructure } from './change-structure'
import {
  getRevisionDocument,
  listRevisions,
  requireSection,
  restoreRevision,
  saveSection,
} from './section-service'

/** The section channels: reading and saving a section, the outline, the trash and history. */
export function sectionHandlers(workspace: Workspace) {
  return {
    'sections.save': (input) => saveSection(workspace, input),
    'sections.get': ({ sectionId }) => requireSection(workspace, sectionId),
    'sections.structure': (change) => {
      const result = changeStructure(workspace, change)
      const { reportId } = requireSection(workspace, result.sectionId)
      return { ...result, sections: workspace.sections.listByReport(reportId) }
    },
    'sections.trash': ({ reportId }) => {
      requireReport(workspace, reportId)
      return workspace.sections.listTrash(reportId)
    },
    'sections.revisions': ({ sectionId }) => listRevisions(workspace, sectionId),
    'sections.revisionDocument': ({ revisionId }) => getRevisionDocument(workspace, revisionId),
    'sections.restoreRevision': (input) => restoreRevision(workspace, input),
  } satisfies Partial<Handlers>
}
