import type { Workspace } from '../workspace/workspace'
import type { SeriesDraft } from './figure-drafts'

/**
 * Stores an import's series drafts in the family `familyId` with their values for `year`, all
 * `proposed` until a person confirms them, and returns their ids in draft order (a change or
 * share is linked to the stored id of its base draft). Call inside the import's transaction.
 */
export function persistSeriesDrafts(
  workspace: Workspace,
  familyId: string,
  year: number,
  drafts: SeriesDraft[],
): number[] {
  const ids: number[] = []
  for (const draft of drafts) {
    const seriesId = workspace.metrics.insertSeries({
      familyId,
      label: draft.label,
      unit: draft.unit,
      displayUnit: draft.displayUnit,
      qualifier: draft.qualifier,
      kind: draft.kind,
      baseSeriesId: draft.baseDraft === null ? null : ids[draft.baseDraft],
      bindingStatus: 'proposed',
    })
    workspace.metrics.writeValue({
      seriesId,
      year,
      value: draft.value,
      displayUnit: draft.displayUnit,
      qualifier: draft.qualifier,
      source: 'import',
    })
    ids.push(seriesId)
  }
  return ids
}
