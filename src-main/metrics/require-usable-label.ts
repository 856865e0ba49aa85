import { AppError } from '../shared/errors/app-error'
import { genericHeads } from '../shared/extraction/label-lexicon'
import type { Workspace } from '../workspace/workspace'

/** Labels compare equal when they differ only in width, spaces or letter case. */
export function labelKey(label: string): string {
  return label.normalize('NFKC').replace(/\s+/g, '').toLowerCase()
}

/**
 * A label a person gave a series, checked before it is stored: never a bare generic head
 * (项目, 金额 …: `label_too_generic`), and unique among the series of the report family
 * (`label_taken`), since labels name series in the text's placeholders, the picker, the check
 * sheet and spreadsheet matching. Returns the label trimmed.
 */
export function requireUsableLabel(
  workspace: Workspace,
  familyId: string,
  label: string,
  exceptSeriesId?: number,
): string {
  const trimmed = label.trim()
  if (genericHeads.has(trimmed)) {
    throw new AppError('label_too_generic', { label: trimmed })
  }
  const key = labelKey(trimmed)
  const taken = workspace.metrics
    .listSeries(familyId)
    .find((series) => series.id !== exceptSeriesId && labelKey(series.label) === key)
  if (taken) {
    throw new AppError('label_taken', { label: trimmed })
  }
  return trimmed
}
