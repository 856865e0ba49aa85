import { randomUUID } from 'node:crypto'
import { persistSeriesDrafts } from '../metrics/persist-series-drafts'
import { insertSectionTree } from '../reports/create-report-with-sections'
import type { Workspace } from '../workspace/workspace'
import { bindDraftKeys } from './bind-draft-keys'
import type { ImportDraft } from './import-draft'

/**
 * Stores an import draft as a new report in one transaction: the report, its pictures as
 * assets, its series with their values, then its sections with every draft key bound to the
 * stored ids. A failure anywhere stores nothing. Returns the report id.
 */
export function persistImport(workspace: Workspace, draft: ImportDraft): number {
  const familyId = randomUUID()
  return workspace.db.transaction(() => {
    const reportId = workspace.reports.insert({
      year: draft.year,
      title: draft.title,
      organization: draft.organization,
      familyId,
    })
    const assetIds = draft.images.map((image) =>
      workspace.assets.insert({
        reportId,
        mimeType: image.mimeType,
        bytes: Buffer.from(image.bytes),
        caption: image.caption,
        credit: image.credit,
      }),
    )
    const seriesIds = persistSeriesDrafts(workspace, familyId, draft.year, draft.series)
    insertSectionTree(workspace, reportId, bindDraftKeys(draft.sections, { seriesIds, assetIds }))
    return reportId
  })()
}
