import type { DocumentNode } from '../shared/document/document-json'
import { documentTextMap } from '../shared/document/document-text-map'
import { replaceTextRange } from '../shared/document/replace-text-range'
import { AppError } from '../shared/errors/app-error'
import { requireReport } from '../reports/report-service'
import { writeSectionBody } from '../sections/section-service'
import type { Workspace } from '../workspace/workspace'
import { locateText } from './locate-text'
import type { ChannelInput, ChannelOutput } from '../contract/channels'

export type SuggestionDecision = ChannelInput<'rollForward.decide'>

/** How many were decided, and those whose text was edited away meanwhile (they stay pending). */
export type DecisionOutcome = ChannelOutput<'rollForward.decide'>

/**
 * Accepts or rejects roll-forward suggestions. Accepting writes the proposed text into the
 * section (a new version with a revision), all sections in one transaction.
 */
export function decideSuggestions(
  workspace: Workspace,
  input: SuggestionDecision,
): DecisionOutcome {
  const report = requireReport(workspace, input.reportId)
  if (report.deletedAt) {
    throw new AppError('report_deleted')
  }
  const all = workspace.suggestions.listByReport(report.id)
  const chosen = input.suggestionIds.map((id) => {
    const found = all.find((suggestion) => suggestion.id === id)
    if (!found) {
      throw new AppError('suggestion_not_found', { id })
    }
    return found
  })
  const missing: number[] = []
  let decided = 0
  workspace.db.transaction(() => {
    const bySection = new Map<number, typeof chosen>()
    for (const suggestion of chosen.filter((item) => item.status === 'pending')) {
      bySection.set(suggestion.sectionId, [
        ...(bySection.get(suggestion.sectionId) ?? []),
        suggestion,
      ])
    }
    for (const [sectionId, suggestions] of bySection) {
      const section = workspace.sections.get(sectionId)!
      let doc: DocumentNode = section.doc
      const { text } = documentTextMap(doc)
      const placed = suggestions
        .map((suggestion) => ({
          suggestion,
          start: locateText(text, suggestion.oldText, suggestion.anchorStart),
        }))
        .sort((a, b) => b.start - a.start)
      for (const { suggestion, start } of placed) {
        if (start < 0) {
          missing.push(suggestion.id)
          continue
        }
        const end = start + suggestion.oldText.length
        if (input.decision === 'accept') {
          const changed = replaceTextRange(
            doc,
            start,
            end,
            suggestion.proposedText,
            suggestion.oldText,
          )
          if (!changed) {
            missing.push(suggestion.id)
            continue
          }
          doc = changed
        }
        workspace.suggestions.decide(
          suggestion.id,
          input.decision === 'accept' ? 'accepted' : 'rejected',
          start,
          start +
            (input.decision === 'accept'
              ? suggestion.proposedText.length
              : suggestion.oldText.length),
        )
        decided++
      }
      if (doc !== section.doc) {
        writeSectionBody(workspace, section, section.version, doc, 'roll-forward')
      }
    }
    workspace.reports.touch(report.id)
  })()
  return { decided, missing }
}
