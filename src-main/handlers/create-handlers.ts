import { addImage, getImage } from '../assets/asset-service'
import type { Handlers } from '../contract/channels'
import { importText } from '../import/text-import-service'
import { compareSection } from '../compare/compare-section'
import { decideSuggestions } from '../roll-forward/decide-suggestions'
import { describeSuggestions } from '../roll-forward/describe-suggestions'
import { rollForwardReport } from '../roll-forward/roll-forward-report'
import { buildCheckSheet } from '../metrics/check-sheet'
import {
  acceptSeries,
  createSeries,
  deleteSeries,
  listReportMetrics,
  mergeSeries,
  rejectSeries,
  relabelSeries,
  setMetricReview,
  setMetricValue,
} from '../metrics/metric-service'
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
import { reportText } from '../reports/report-text'

const languageKey = 'language'
const reviewerKey = 'reviewer'

/** The handler table served over IPC, HTTP and the CLI, for one open workspace. */
export function createHandlers(workspace: Workspace) {
  const handlers = {
    'app.info': (_input, context) => ({ workspace: workspace.file, mode: context.mode }),
    'settings.get': () => ({
      language: workspace.settings.get(languageKey) === 'en' ? 'en' : 'zh-CN',
      reviewer: workspace.settings.get(reviewerKey) ?? '',
    }),
    'settings.setReviewer': ({ reviewer }) => {
      workspace.settings.set(reviewerKey, reviewer)
      return { reviewer }
    },
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
    'reports.text': ({ id }) => reportText(workspace, id),
    'reports.rollForward': ({ id, confirmSecond }) => rollForwardReport(workspace, { reportId: id, confirmSecond }),
    'rollForward.suggestions': ({ reportId }) => describeSuggestions(workspace, reportId),
    'rollForward.decide': (input) => decideSuggestions(workspace, input),
    'sections.save': (input) => saveSection(workspace, input),
    'sections.compare': ({ sectionId }) => compareSection(workspace, sectionId),
    'sections.get': ({ sectionId }) => requireSection(workspace, sectionId),
    'sections.revisions': ({ sectionId }) => listRevisions(workspace, sectionId),
    'sections.revisionDocument': ({ revisionId }) => getRevisionDocument(workspace, revisionId),
    'sections.restoreRevision': (input) => restoreRevision(workspace, input),
    'assets.addImage': (input) => addImage(workspace, input),
    'assets.getImage': ({ assetId }) => getImage(workspace, assetId),
    'metrics.list': ({ reportId }) => listReportMetrics(workspace, reportId),
    'metrics.setValue': (input) => setMetricValue(workspace, input),
    'metrics.setReview': (input) => setMetricReview(workspace, input),
    'metrics.relabel': (input) => relabelSeries(workspace, input),
    'metrics.accept': (input) => {
      acceptSeries(workspace, input)
      return { accepted: input.seriesIds.length }
    },
    'metrics.reject': (input) => {
      rejectSeries(workspace, input)
      return { rejected: input.seriesId }
    },
    'metrics.merge': (input) => mergeSeries(workspace, input),
    'metrics.delete': (input) => {
      deleteSeries(workspace, input)
      return { deleted: input.seriesId }
    },
    'metrics.create': (input) => createSeries(workspace, input),
    'metrics.checkSheet': async ({ reportId }) => {
      const sheet = await buildCheckSheet(workspace, reportId)
      return { fileName: sheet.fileName, dataBase64: sheet.bytes.toString('base64') }
    },
    'import.text': (input) => ({ reportId: importText(workspace, input) }),
  } satisfies Handlers
  return handlers
}
