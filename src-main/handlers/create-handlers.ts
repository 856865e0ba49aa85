import { addImage, getImage } from '../assets/asset-service'
import type { Handlers } from '../contract/channels'
import { importText } from '../import/text-import-service'
import {
  createEmptyReport,
  openReport,
  renameReport,
  setReportDeleted,
} from '../reports/report-service'
import {
  getRevisionDocument,
  listRevisions,
  requireSection,
  restoreRevision,
  saveSection,
} from '../sections/section-service'
import type { Workspace } from '../workspace/workspace'

const languageKey = 'language'

/** The handler table served over IPC, HTTP and the CLI, for one open workspace. */
export function createHandlers(workspace: Workspace) {
  const handlers = {
    'app.info': (_input, context) => ({ workspace: workspace.file, mode: context.mode }),
    'settings.get': () => ({
      language: workspace.settings.get(languageKey) === 'en' ? 'en' : 'zh-CN',
    }),
    'settings.setLanguage': ({ language }) => {
      workspace.settings.set(languageKey, language)
      return { language }
    },
    'reports.list': () => workspace.reports.listLive(),
    'reports.trash': () => workspace.reports.listTrashed(),
    'reports.create': (input) => createEmptyReport(workspace, input),
    'reports.rename': ({ id, title }) => renameReport(workspace, id, title),
    'reports.delete': ({ id }) => setReportDeleted(workspace, id, true),
    'reports.restore': ({ id }) => setReportDeleted(workspace, id, false),
    'reports.open': ({ id }) => openReport(workspace, id),
    'sections.save': (input) => saveSection(workspace, input),
    'sections.get': ({ sectionId }) => requireSection(workspace, sectionId),
    'sections.revisions': ({ sectionId }) => listRevisions(workspace, sectionId),
    'sections.revisionDocument': ({ revisionId }) => getRevisionDocument(workspace, revisionId),
    'sections.restoreRevision': (input) => restoreRevision(workspace, input),
    'assets.addImage': (input) => addImage(workspace, input),
    'assets.getImage': ({ assetId }) => getImage(workspace, assetId),
    'import.text': (input) => ({ reportId: importText(workspace, input) }),
  } satisfies Handlers
  return handlers
}
