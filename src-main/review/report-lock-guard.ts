import type { z } from 'zod'
import type { CallContext, ChannelName, Channels, Handlers } from '../contract/channels'
import type { Workspace } from '../workspace/workspace'
import { requireReportUnlocked } from './report-lock'

/** The reports whose text or figures a call would change, found from its input. */
type ReportsChanged<C extends ChannelName> = (
  workspace: Workspace,
  input: z.output<Channels[C]['input']>,
) => number[]

/** The report of a section; none when the section does not exist (its handler says so). */
function reportOfSection(workspace: Workspace, sectionId: number): number[] {
  const section = workspace.sections.get(sectionId)
  return section ? [section.reportId] : []
}

const theReport = (_workspace: Workspace, input: { reportId: number }) => [input.reportId]

/**
 * For each channel, the reports whose text (sections, outline, title) or figures (values, units,
 * series labels, bindings) it changes, which 终审 locks; `null` for a channel that changes none.
 * A channel added to the contract without an entry here does not compile.
 */
export const reportsChangedBy: { [C in ChannelName]: ReportsChanged<C> | null } = {
  'app.info': null,
  'workspace.status': null,
  'backups.list': null,
  'backups.create': null,
  // Replaces the whole workspace with a backup: the lock is restored with it.
  'backups.restore': null,
  'settings.get': null,
  'settings.setReviewer': null,
  'settings.setLanguage': null,
  'reports.list': null,
  'reports.trash': null,
  'reports.create': null,
  'templates.list': null,
  'templates.save': null,
  'templates.delete': null,
  // The report's title is the exported document's title.
  'reports.rename': (_workspace, input) => [input.id],
  // The trash keeps the report as it is; restored, it is still locked.
  'reports.delete': null,
  'reports.restore': null,
  'reports.open': null,
  'reports.text': null,
  // Makes next year's report, which starts unsigned; this one is not changed.
  'reports.rollForward': null,
  'rollForward.suggestions': null,
  'rollForward.decide': theReport,
  'checks.run': null,
  'checks.dismiss': null,
  'sections.save': (workspace, input) => reportOfSection(workspace, input.sectionId),
  'sections.compare': null,
  'compare.report': null,
  'compare.docx': null,
  'compare.toFile': null,
  'sections.get': null,
  'sections.structure': (workspace, change) =>
    change.op === 'add' ? [change.reportId] : reportOfSection(workspace, change.sectionId),
  'sections.trash': null,
  'sections.revisions': null,
  'sections.revisionDocument': null,
  'sections.compareRevision': null,
  'sections.restoreRevision': (workspace, input) => reportOfSection(workspace, input.sectionId),
  // A picture is stored apart; the text changes only when a save puts it in.
  'assets.addImage': null,
  'assets.getImage': null,
  'metrics.list': null,
  'metrics.setValue': theReport,
  // 已核 is a check of the value, not a change of it.
  'metrics.setReview': null,
  // Chart legends and pending placeholders show the label.
  'metrics.relabel': theReport,
  'metrics.accept': null,
  // Turns figures back into plain text.
  'metrics.reject': theReport,
  'metrics.merge': theReport,
  'metrics.delete': null,
  'metrics.split': theReport,
  // Figures are shown in the display unit.
  'metrics.setUnit': theReport,
  'metrics.setLink': null,
  'metrics.contexts': null,
  // A new series: no figure of the text uses it yet.
  'metrics.create': null,
  'metrics.checkSheet': null,
  'metrics.readSpreadsheet': null,
  'metrics.previewSpreadsheet': null,
  'metrics.applySpreadsheet': theReport,
  'families.linkPreview': null,
  // Linking fills and decides values of both families' series.
  'families.link': (_workspace, input) => [input.reportId, input.previousReportId],
  'charts.render': null,
  'export.report': null,
  'export.toFile': null,
  'export.cancel': null,
  'export.clipboard': null,
  'export.wechatClipboard': null,
  'import.file': null,
  'import.text': null,
  'team.users': null,
  'team.presence': null,
  'sections.assignments': null,
  'sections.assign': null,
  // Comments sit beside the text; a signed report may still be discussed.
  'comments.list': null,
  'comments.add': null,
  'comments.reply': null,
  'comments.resolve': null,
  'review.status': null,
  'review.sign': null,
  'review.reopen': null,
}

/** The channels refused with `report_locked` while their report is locked. */
export const lockedChannels = (Object.keys(reportsChangedBy) as ChannelName[]).filter(
  (channel) => reportsChangedBy[channel] !== null,
)

type AnyHandler = (input: unknown, context: CallContext) => unknown
type AnyLocator = (workspace: Workspace, input: unknown) => number[]

/**
 * The handler table with every channel of `lockedChannels` refusing, before it changes anything,
 * a call that would change a report locked by 终审 (`report_locked`). It wraps the table every
 * transport serves (IPC, HTTP, CLI, the team server), so the lock holds in every mode.
 */
export function guardLockedReports<T extends Handlers>(workspace: Workspace, handlers: T): T {
  const guarded = { ...handlers } as unknown as Record<string, AnyHandler>
  for (const channel of lockedChannels) {
    const reportsOf = reportsChangedBy[channel] as AnyLocator
    const handler = handlers[channel] as AnyHandler
    guarded[channel] = (input, context) => {
      for (const reportId of reportsOf(workspace, input)) {
        requireReportUnlocked(workspace.db, reportId)
      }
      return handler(input, context)
    }
  }
  return guarded as T
}
