import type { Handlers } from '../contract/channels'
import type { Workspace } from '../workspace/workspace'
import { createReport, openReport, renameReport, setReportDeleted } from './report-service'
import { reportText } from './report-text'

/** The report channels: the library, the trash, creating, renaming and opening a report. */
export function reportHandlers(workspace: Workspace) {
  return {
    'reports.list': () => workspace.reports.listLive(),
    'reports.trash': () => workspace.reports.listTrashed(),
    'reports.create': (input) => createReport(workspace, input),
    'reports.rename': ({ id, title }) => renameReport(workspace, id, title),
    'reports.delete': ({ id }) => setReportDeleted(workspace, id, true),
    'reports.restore': ({ id }) => setReportDeleted(workspace, id, false),
    'reports.open': ({ id }) => openReport(workspace, id),
    'reports.text': ({ id }) => reportText(workspace, id),
  } satisfies Partial<Handlers>
}
