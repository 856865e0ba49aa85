import type { ChannelOutput } from '../contract/channels'
import type { DocumentNode } from '../shared/document/document-json'
import type { DocumentTextMap } from '../shared/document/document-text-map'
import { documentTextMap } from '../shared/document/document-text-map'
import { AppError } from '../shared/errors/app-error'
import { findDateReferences } from '../shared/extraction/find-date-references'
import type { SectionKind } from '../shared/sections/section-kind'
import { findMetricOccurrences } from '../shared/metrics/metric-occurrences'
import { requireReport } from '../reports/report-service'
import type { Report } from '../shared/reports/report'
import type { Section } from '../shared/sections/section'
import type { Workspace } from '../workspace/workspace'
import { moveEditionYears } from '../shared/extraction/move-edition-years'
import { proposeDateChange } from '../shared/extraction/propose-date-change'
import { proposeStreakChanges } from '../shared/extraction/propose-streak-changes'
import type { NewSuggestion } from './suggestion-repository'
import { describeSuggestions } from './describe-suggestions'
import { crashPoint } from '../files/crash-point'

/** Lines that name the edition and the year: moved on at once, not suggested. */
const editionKinds: SectionKind[] = ['masthead', 'title', 'subtitle']

function moveTextNodes(node: DocumentNode, fromYear: number): DocumentNode {
  if (node.type === 'text') {
    return { ...node, text: moveEditionYears(node.text ?? '', fromYear) }
  }
  return node.content
    ? { ...node, content: node.content.map((child) => moveTextNodes(child, fromYear)) }
    : node
}

function suggestionsFor(
  { text }: DocumentTextMap,
  fromYear: number,
): Omit<NewSuggestion, 'reportId' | 'sectionId'>[] {
  const dates = findDateReferences(text).flatMap((reference) => {
    const proposal = proposeDateChange(reference, text, fromYear)
    if (!proposal) {
      return []
    }
    return [
      {
        anchorStart: reference.start,
        anchorEnd: proposal.end,
        oldText: text.slice(reference.start, proposal.end),
        proposedText: proposal.proposedText,
        kind: reference.kind,
      },
    ]
  })
  const streaks = proposeStreakChanges(text).map((proposal) => ({
    anchorStart: proposal.start,
    anchorEnd: proposal.end,
    oldText: proposal.oldText,
    proposedText: proposal.proposedText,
    kind: 'streak' as const,
  }))
  return [...dates, ...streaks].sort((a, b) => a.anchorStart - b.anchorStart)
}

/** The new report, its figures without a value for its year, and the suggestions to review. */
export type RollForwardResult = ChannelOutput<'reports.rollForward'>

/**
 * Creates next year's report from a report: the same section tree and text (lineage keys kept),
 * figures bound to the same series (so they show the new year's values, pending until filled),
 * edition and title lines moved on, and every date or plan reference of the body, and every
 * streak (连续五年 → 连续六年), listed as a suggestion. All in one transaction; the source report
 * is only read. Each roll forward of a report claims the next number in the database (a unique
 * index), so two processes rolling the same report forward at once make one report, and the
 * other gets `successor_exists`.
 */
export function rollForwardReport(
  workspace: Workspace,
  input: { reportId: number; confirmSecond?: boolean },
): RollForwardResult {
  const source = requireReport(workspace, input.reportId)
  if (source.deletedAt) {
    throw new AppError('report_deleted')
  }
  const existing = workspace.reports.listSuccessors(source.id)
  if (existing.length > 0 && !input.confirmSecond) {
    throw successorExists(workspace, source)
  }
  const rollForwardNumber = workspace.reports.lastRollForwardNumber(source.id) + 1
  const fromYear = source.year
  const created: Section[] = []
  const anchorMaps = new Map<number, DocumentTextMap>()
  const reportId = workspace.db.transaction(() => {
    let newId: number
    try {
      newId = workspace.reports.insert({
        familyId: source.familyId,
        year: fromYear + 1,
        title: moveEditionYears(source.title, fromYear),
        organization: source.organization,
        predecessorId: source.id,
        rollForwardNumber,
      })
    } catch (error) {
      // Another process rolled the report forward since it was read: the database's invariant.
      if ((error as { code?: unknown }).code === 'SQLITE_CONSTRAINT_UNIQUE') {
        throw successorExists(workspace, source)
      }
      throw error
    }
    // The rows are copied inside SQLite; the text is read only to move edition lines on and to
    // find the references to suggest.
    const copyOf = workspace.sections.copyReportSections(source.id, newId)
    for (const section of workspace.sections.listByReport(source.id)) {
      const id = copyOf.get(section.id)!
      const parentId = section.parentId === null ? null : (copyOf.get(section.parentId) ?? null)
      const copy: Section = { ...section, id, reportId: newId, parentId, version: 1, updatedAt: '' }
      if (editionKinds.includes(section.kind)) {
        copy.doc = moveTextNodes(section.doc, fromYear)
        copy.title = moveEditionYears(section.title, fromYear)
        workspace.sections.rewriteFirstVersion(id, copy.title, copy.doc)
      } else {
        const anchorMap = documentTextMap(copy.doc)
        anchorMaps.set(id, anchorMap)
        for (const suggestion of suggestionsFor(anchorMap, fromYear)) {
          workspace.suggestions.insert({ ...suggestion, reportId: newId, sectionId: id })
        }
      }
      created.push(copy)
    }
    crashPoint('roll-forward')
    return newId
  })()
  return {
    reportId,
    pending: countPendingFigures(workspace, reportId, created),
    suggestions: describeSuggestions(workspace, reportId, created, anchorMaps),
  }
}

function successorExists(workspace: Workspace, source: Report): AppError {
  const successor = workspace.reports.listSuccessors(source.id).at(-1)
  return new AppError('successor_exists', { year: source.year + 1, title: successor?.title ?? '' })
}

/** Figures of a report whose series has no value for the report's year. */
export function countPendingFigures(
  workspace: Workspace,
  reportId: number,
  sections: Section[] = workspace.sections.listByReport(reportId),
): number {
  const report = requireReport(workspace, reportId)
  const occurrences = findMetricOccurrences(sections)
  const seriesIds = [...new Set(occurrences.map((occurrence) => occurrence.seriesId))]
  const values = workspace.metrics.numbersOf(seriesIds, report.year, report.year)
  const filled = new Set(
    seriesIds.filter((seriesId) => {
      const value = values.get(`${seriesId}:${report.year}`)
      return value !== null && value !== undefined
    }),
  )
  return occurrences.filter((occurrence) => !filled.has(occurrence.seriesId)).length
}
