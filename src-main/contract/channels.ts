import { z } from 'zod'
import { chartAttributesSchema } from '../shared/charts/chart-attributes-schema'
import { chartFormats } from '../shared/charts/chart-formats'
import { renderedChartSchema } from '../shared/charts/rendered-chart-schema'
import { reportFindingSchema } from '../shared/checks/report-finding-schema'
import {
  reportComparisonSchema,
  revisionComparisonSchema,
  sectionComparisonSchema,
} from '../shared/compare/comparison-schema'
import { rowIdSchema } from './row-id-schema'
import { commentAnchorSchema, commentSchema, maxCommentLength } from '../shared/team/comment-schema'
import { reviewStages, reviewStatusSchema } from '../shared/team/review-schema'
import type { TeamCaller } from '../shared/team/team-caller'
import {
  sectionAssignmentSchema,
  sectionPresenceSchema,
  teamMemberSchema,
} from '../shared/team/team-member-schema'
import {
  clipboardTextSchema,
  exportedFileSchema,
  exportFileTargetSchema,
  exportIdSchema,
  exportRequestSchema,
  exportScopeSchema,
  writtenExportSchema,
} from '../shared/export/export-schema'
import {
  familyLinkApplySchema,
  familyLinkPreviewSchema,
  familyLinkRequestSchema,
  familyLinkResultSchema,
} from '../shared/family-link/family-link-schema'
import { figureKinds } from '../shared/extraction/extracted-figure'
import { metricSeriesSchema, metricValueSchema } from '../shared/metrics/metric-series-schema'
import { reviewStatuses } from '../shared/metrics/metric-series'
import {
  occurrenceContextSchema,
  reportMetricsSchema,
} from '../shared/metrics/report-metrics-schema'
import {
  spreadsheetMappingSchema,
  spreadsheetPreviewInputSchema,
  spreadsheetPreviewRowSchema,
  spreadsheetSheetSchema,
  spreadsheetValuesInputSchema,
} from '../shared/metrics/spreadsheet/spreadsheet-schema'
import { openedReportSchema } from '../shared/reports/opened-report-schema'
import { reportSchema, reportYearSchema } from '../shared/reports/report-schema'
import { reportTextSchema } from '../shared/reports/report-text-schema'
import { suggestionKinds, suggestionStatuses } from '../shared/roll-forward/roll-forward-suggestion'
import { editorSaveReasons } from '../shared/sections/section'
import { revisionSchema, sectionSchema } from '../shared/sections/section-schema'
import { structureChangeSchema } from '../shared/sections/structure-change-schema'
import { languages } from '../shared/settings/languages'
import { builtInTemplateIds } from '../shared/templates/built-in-template-id'
import { templateSummarySchema } from '../shared/templates/template-summary-schema'
import { documentNodeSchema } from '../shared/document/document-node-schema'
import { documentSchemaInput } from './document-json-schema'

const id = rowIdSchema
const year = reportYearSchema
const title = z.string().trim().min(1).max(200)
const templateId = z
  .string()
  .regex(new RegExp(`^(${builtInTemplateIds.join('|')}|saved:\\d{1,12})$`), '模板编号不正确')

/** A roll forward's suggestion as the CLI and the UI see it (see describeSuggestions). */
export const suggestionSchema = z.object({
  id,
  sectionId: id,
  sectionTitle: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  anchorStart: z.number().int().min(0),
  anchorEnd: z.number().int().min(0),
  oldText: z.string(),
  proposedText: z.string(),
  kind: z.enum(suggestionKinds),
  status: z.enum(suggestionStatuses),
  context: z.object({ before: z.string(), after: z.string() }),
})

const findingInSection = { reportId: id, sectionId: id, key: z.string().min(1).max(2000) }

const rollForwardResultSchema = z.object({
  reportId: id,
  pending: z.number().int().min(0),
  suggestions: z.array(suggestionSchema),
})

const label = z.string().trim().min(1).max(60)
const seriesInReport = { reportId: id, seriesId: id }
const languageSchema = z.enum(languages)

const nothing = z.object({}).strict()
const commentBody = z.string().trim().min(1).max(maxCommentLength)

export const backupSchema = z.object({
  file: z.string(),
  createdAt: z.string(),
  bytes: z.number().int().min(0),
})

/** What the app found when it opened the workspace; `recovered` when a damaged file was moved aside. */
export const workspaceStatusSchema = z.object({
  workspace: z.string(),
  backupsFolder: z.string().nullable(),
  readOnly: z.boolean(),
  recovered: z.object({ movedTo: z.string(), problem: z.string(), at: z.string() }).nullable(),
})

/** How a call reaches the handlers: Electron IPC, browser-mode HTTP or the CLI. */
export const callModes = ['electron', 'browser', 'cli', 'team'] as const
export type CallMode = (typeof callModes)[number]

/**
 * The one contract: every channel the renderer (IPC or HTTP) and the CLI may call,
 * with the zod schemas its input is validated against in main and its output's shape.
 */
export const channels = {
  'app.info': {
    input: nothing,
    output: z.object({ workspace: z.string(), mode: z.enum(callModes) }),
  },
  'workspace.status': { input: nothing, output: workspaceStatusSchema },
  'backups.list': { input: nothing, output: z.array(backupSchema) },
  'backups.create': { input: nothing, output: backupSchema },
  'backups.restore': {
    input: z
      .object({
        file: z
          .string()
          .min(1)
          .max(200)
          .regex(/^[^/\\]+$/, '只能是备份文件夹中的文件名'),
      })
      .strict(),
    output: z.object({ restoredFrom: z.string(), movedTo: z.string().nullable() }),
  },
  'settings.get': {
    input: nothing,
    output: z.object({ language: languageSchema, reviewer: z.string() }),
  },
  'settings.setReviewer': {
    input: z.object({ reviewer: z.string().trim().max(40) }).strict(),
    output: z.object({ reviewer: z.string() }),
  },
  'settings.setLanguage': {
    input: z.object({ language: languageSchema }).strict(),
    output: z.object({ language: languageSchema }),
  },
  'reports.list': { input: nothing, output: z.array(reportSchema) },
  'reports.trash': { input: nothing, output: z.array(reportSchema) },
  'reports.create': {
    input: z
      .object({
        year,
        title,
        organization: z.string().trim().max(200),
        templateId: templateId.optional(),
      })
      .strict(),
    output: reportSchema,
  },
  'templates.list': { input: nothing, output: z.array(templateSummarySchema) },
  'templates.save': {
    input: z.object({ reportId: id, name: z.string().trim().min(1).max(60) }).strict(),
    output: templateSummarySchema,
  },
  'templates.delete': {
    input: z.object({ templateId }).strict(),
    output: z.object({ deleted: z.string() }),
  },
  'reports.rename': { input: z.object({ id, title }).strict(), output: reportSchema },
  'reports.delete': { input: z.object({ id }).strict(), output: reportSchema },
  'reports.restore': { input: z.object({ id }).strict(), output: reportSchema },
  'reports.open': {
    input: z.object({ id }).strict(),
    output: openedReportSchema,
  },
  'reports.text': { input: z.object({ id }).strict(), output: reportTextSchema },
  'reports.rollForward': {
    input: z.object({ id, confirmSecond: z.boolean().optional() }).strict(),
    output: rollForwardResultSchema,
  },
  'rollForward.suggestions': {
    input: z.object({ reportId: id }).strict(),
    output: z.array(suggestionSchema),
  },
  'rollForward.decide': {
    input: z
      .object({
        reportId: id,
        suggestionIds: z.array(id).min(1).max(5000),
        decision: z.enum(['accept', 'reject']),
      })
      .strict(),
    output: z.object({ decided: z.number().int().min(0), missing: z.array(id) }),
  },
  'checks.run': {
    input: z.object({ reportId: id, sectionIds: z.array(id).max(5000).optional() }).strict(),
    output: z.array(reportFindingSchema),
  },
  'checks.dismiss': {
    input: z
      .object({ ...findingInSection, reason: z.string().trim().min(1).max(200).optional() })
      .strict(),
    output: z.array(reportFindingSchema),
  },
  'sections.save': {
    input: z
      .object({
        sectionId: id,
        baseVersion: z.number().int().positive(),
        doc: documentSchemaInput,
        reason: z.enum(editorSaveReasons).optional(),
      })
      .strict(),
    output: sectionSchema,
  },
  'sections.compare': {
    input: z.object({ sectionId: id }).strict(),
    output: sectionComparisonSchema,
  },
  'compare.report': {
    input: z.object({ reportId: id }).strict(),
    output: reportComparisonSchema,
  },
  'compare.docx': {
    input: z.object({ reportId: id }).strict(),
    output: z.object({ fileName: z.string(), mimeType: z.string(), dataBase64: z.string() }),
  },
  'compare.toFile': {
    input: z.object({ reportId: id, path: z.string().trim().min(1).max(1000) }).strict(),
    output: z.object({ path: z.string(), bytes: z.number().int().min(0) }),
  },
  'sections.get': { input: z.object({ sectionId: id }).strict(), output: sectionSchema },
  'sections.structure': {
    input: structureChangeSchema,
    output: z.object({
      sectionId: id,
      undo: structureChangeSchema,
      sections: z.array(sectionSchema),
    }),
  },
  'sections.trash': {
    input: z.object({ reportId: id }).strict(),
    output: z.array(sectionSchema),
  },
  'sections.revisions': {
    input: z.object({ sectionId: id }).strict(),
    output: z.array(revisionSchema),
  },
  'sections.revisionDocument': {
    input: z.object({ revisionId: id }).strict(),
    output: documentNodeSchema,
  },
  'sections.compareRevision': {
    input: z.object({ sectionId: id, revisionId: id }).strict(),
    output: revisionComparisonSchema,
  },
  'sections.restoreRevision': {
    input: z.object({ sectionId: id, revisionId: id }).strict(),
    output: sectionSchema,
  },
  'assets.addImage': {
    input: z
      .object({
        reportId: id,
        // base64 of 20 MiB, the largest photo (maxImageBytes)
        dataBase64: z.string().max(27_962_028, '图片不能超过 20 MB'),
        caption: z.string().max(500),
        credit: z.string().max(200),
      })
      .strict(),
    output: z.object({ assetId: id, mimeType: z.string() }),
  },
  'assets.getImage': {
    input: z.object({ assetId: id }).strict(),
    output: z.object({ mimeType: z.string(), dataBase64: z.string() }),
  },
  'metrics.list': { input: z.object({ reportId: id }).strict(), output: reportMetricsSchema },
  'metrics.setValue': {
    input: z
      .object({
        ...seriesInReport,
        text: z.string().max(60),
        confirmDirection: z.boolean().optional(),
      })
      .strict(),
    output: metricValueSchema,
  },
  'metrics.setReview': {
    input: z
      .object({
        ...seriesInReport,
        status: z.enum(reviewStatuses),
        reviewer: z.string().trim().max(40),
      })
      .strict(),
    output: metricValueSchema,
  },
  'metrics.relabel': {
    input: z.object({ ...seriesInReport, label }).strict(),
    output: metricSeriesSchema,
  },
  'metrics.accept': {
    input: z.object({ reportId: id, seriesIds: z.array(id).max(100000) }).strict(),
    output: z.object({ accepted: z.number().int() }),
  },
  'metrics.reject': {
    input: z.object(seriesInReport).strict(),
    output: z.object({ rejected: id }),
  },
  'metrics.merge': {
    input: z.object({ reportId: id, fromSeriesId: id, intoSeriesId: id }).strict(),
    output: metricSeriesSchema,
  },
  'metrics.delete': { input: z.object(seriesInReport).strict(), output: z.object({ deleted: id }) },
  'metrics.split': {
    input: z
      .object({ ...seriesInReport, sectionId: id, index: z.number().int().min(0), label })
      .strict(),
    output: metricSeriesSchema,
  },
  'metrics.setUnit': {
    input: z
      .object({
        ...seriesInReport,
        unit: z.string().trim().max(20),
        displayUnit: z.string().trim().max(20),
      })
      .strict(),
    output: metricSeriesSchema,
  },
  'metrics.setLink': {
    input: z.object({ ...seriesInReport, baseSeriesId: id.nullable() }).strict(),
    output: metricSeriesSchema,
  },
  'metrics.contexts': {
    input: z.object({ reportId: id, seriesIds: z.array(id).max(100000).optional() }).strict(),
    output: z.array(occurrenceContextSchema),
  },
  'metrics.create': {
    input: z
      .object({
        reportId: id,
        label,
        unit: z.string().trim().max(20),
        displayUnit: z.string().trim().max(20),
        kind: z.enum(figureKinds),
        text: z.string().max(60),
      })
      .strict(),
    output: metricSeriesSchema,
  },
  'metrics.checkSheet': {
    input: z.object({ reportId: id }).strict(),
    output: z.object({ fileName: z.string(), dataBase64: z.string() }),
  },
  'metrics.readSpreadsheet': {
    input: z
      .object({
        fileName: z.string().trim().min(1).max(260),
        // base64 of 10 MiB, the largest statistics table (spreadsheetLimits.bytes)
        dataBase64: z.string().max(13_981_016, '表格文件不能超过 10 MB'),
        year: year.optional(),
      })
      .strict(),
    output: z.object({
      sheets: z.array(spreadsheetSheetSchema.extend({ mapping: spreadsheetMappingSchema })),
    }),
  },
  'metrics.previewSpreadsheet': {
    input: spreadsheetPreviewInputSchema,
    output: z.object({ rows: z.array(spreadsheetPreviewRowSchema) }),
  },
  'metrics.applySpreadsheet': {
    input: spreadsheetValuesInputSchema,
    output: z.object({ written: z.number().int(), unchanged: z.number().int() }),
  },
  'families.linkPreview': { input: familyLinkRequestSchema, output: familyLinkPreviewSchema },
  'families.link': { input: familyLinkApplySchema, output: familyLinkResultSchema },
  'charts.render': {
    input: z
      .object({
        reportId: id,
        chart: chartAttributesSchema,
        format: z.enum(chartFormats).optional(),
      })
      .strict(),
    output: renderedChartSchema,
  },
  'export.report': { input: exportRequestSchema, output: exportedFileSchema },
  'export.toFile': { input: exportFileTargetSchema, output: writtenExportSchema },
  /** Stops an export.toFile before its rename; `running` is false when it had already ended. */
  'export.cancel': {
    input: z.object({ exportId: exportIdSchema }).strict(),
    output: z.object({ running: z.boolean() }),
  },
  'export.clipboard': { input: exportScopeSchema, output: clipboardTextSchema },
  'export.wechatClipboard': { input: exportScopeSchema, output: clipboardTextSchema },
  'import.file': {
    input: z
      .object({
        fileName: z.string().trim().min(1).max(260),
        // base64 of 50 MiB, the largest file to import (maxImportBytes)
        dataBase64: z.string().max(69_905_068, '文件不能超过 50 MB'),
        fetchRemoteImages: z.boolean().optional(),
        year,
        title: z.string().trim().max(200).optional(),
        organization: z.string().trim().max(200).optional(),
      })
      .strict(),
    output: z.object({ reportId: id }),
  },
  'import.text': {
    input: z
      .object({
        text: z.string().max(20_000_000),
        year,
        title: z.string().trim().max(200).optional(),
        organization: z.string().trim().max(200).optional(),
      })
      .strict(),
    output: z.object({ reportId: id }),
  },
  /** The team's accounts (to assign a section, to name a signer); empty on one person's PC. */
  'team.users': { input: nothing, output: z.array(teamMemberSchema) },
  /** Which sections of a report someone is editing on the team server right now. */
  'team.presence': {
    input: z.object({ reportId: id }).strict(),
    output: z.array(sectionPresenceSchema),
  },
  /** Who writes each section of a report; a section assigned to nobody is open to every writer. */
  'sections.assignments': {
    input: z.object({ reportId: id }).strict(),
    output: z.array(sectionAssignmentSchema),
  },
  'sections.assign': {
    input: z.object({ sectionId: id, userIds: z.array(id).max(50) }).strict(),
    output: sectionAssignmentSchema,
  },
  /** Every comment and reply of a report, oldest first. */
  'comments.list': {
    input: z.object({ reportId: id }).strict(),
    output: z.array(commentSchema),
  },
  'comments.add': {
    input: z
      .object({
        sectionId: id,
        anchor: commentAnchorSchema,
        quote: z.string().max(maxCommentLength),
        body: commentBody,
      })
      .strict(),
    output: commentSchema,
  },
  'comments.reply': {
    input: z.object({ commentId: id, body: commentBody }).strict(),
    output: commentSchema,
  },
  /** 解决 (resolved: true) or reopen a comment thread. */
  'comments.resolve': {
    input: z.object({ commentId: id, resolved: z.boolean() }).strict(),
    output: commentSchema,
  },
  /** A report's 三审 record: the three signatures, the lock and its history. */
  'review.status': {
    input: z.object({ reportId: id }).strict(),
    output: reviewStatusSchema,
  },
  /** Sign a 三审 stage as the signed-in account (team server only). */
  'review.sign': {
    input: z.object({ reportId: id, stage: z.enum(reviewStages) }).strict(),
    output: reviewStatusSchema,
  },
  /** Reopen a signed report's text for a change: voids the later signatures, recorded with why. */
  'review.reopen': {
    input: z.object({ reportId: id, reason: z.string().trim().min(1).max(500) }).strict(),
    output: reviewStatusSchema,
  },
} as const

export type Channels = typeof channels
export type ChannelName = keyof Channels
export type ChannelInput<C extends ChannelName> = z.input<Channels[C]['input']>
export type ChannelOutput<C extends ChannelName> = z.output<Channels[C]['output']>

/** An expected failure comes back as a value with a stable code and a Chinese message. */
export type Failure = {
  ok: false
  code: string
  message: string
  params?: Record<string, string | number>
}
export type Result<T> = { ok: true; value: T } | Failure

/** Where a call came from; handlers may use it (e.g. app.info reports the mode). */
export interface CallContext {
  mode: CallMode
  /** The signed-in account, on the team server only. */
  caller?: TeamCaller
}

/** Every channel must have a handler: `handlers satisfies Handlers`. */
export type Handlers = {
  [C in ChannelName]: (
    input: z.output<Channels[C]['input']>,
    context: CallContext,
  ) => ChannelOutput<C> | Promise<ChannelOutput<C>>
}

export function isChannelName(name: string): name is ChannelName {
  return Object.hasOwn(channels, name)
}
