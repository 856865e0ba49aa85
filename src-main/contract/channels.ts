import { z } from 'zod'
import { chartAttributesSchema } from '../charts/chart-attributes-schema'
import { chartFormats } from '../charts/chart-formats'
import {
  familyLinkApplySchema,
  familyLinkPreviewSchema,
  familyLinkRequestSchema,
} from '../family-link/family-link-schema'
import { checkRules } from '../checks/check-finding'
import { blacklinePartKinds } from '../compare/blackline'
import { comparedSectionStatuses } from '../compare/pair-report-sections'
import { sectionKinds } from '../sections/section-kind'
import { exportProfileNames } from '../export/export-report-docx'
import { exportFormats } from '../export/export-report-file'
import { outlineChangeKinds } from '../export/docx/outline-changes'
import { changeUnits, directions } from '../metrics/series-change'
import { suggestionKinds, suggestionStatuses } from '../roll-forward/roll-forward-suggestion'
import { editorSaveReasons } from '../sections/section'
import { structuralKinds } from '../sections/section-placement'
import { builtInTemplateIds } from '../templates/template-service'
import { documentNodeSchema, documentSchemaInput } from './document-json-schema'

const id = z.number().int().positive()
const year = z.number().int().min(1949).max(2200)
const title = z.string().trim().min(1).max(200)
const templateId = z.string().regex(/^(lianghui|empty|saved:\d{1,12})$/, '模板编号不正确')

export const reportSchema = z.object({
  id,
  familyId: z.string(),
  year,
  title: z.string(),
  organization: z.string(),
  predecessorId: id.nullable(),
  deletedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
})

export const sectionSchema = z.object({
  id,
  reportId: id,
  parentId: id.nullable(),
  position: z.number().int().min(0),
  kind: z.enum(sectionKinds),
  title: z.string(),
  doc: documentNodeSchema,
  lineageKey: z.string(),
  version: z.number().int().positive(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
})

export const revisionSchema = z.object({
  id,
  sectionId: id,
  version: z.number().int().positive(),
  title: z.string(),
  reason: z.string(),
  createdAt: z.string(),
})

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

export const blacklinePartSchema = z.object({
  kind: z.enum(blacklinePartKinds),
  text: z.string(),
})

/** One figure's series in a compare: this year's and last year's value as written, and the change. */
export const comparedMetricSchema = z.object({
  seriesId: id,
  label: z.string(),
  current: z.string().nullable(),
  previous: z.string().nullable(),
  /** Change from last year, in % or 个百分点 (see seriesChange); null when it cannot be given. */
  change: z.number().nullable(),
  changeUnit: z.enum(changeUnits).nullable(),
})

export const sectionComparisonSchema = z.object({
  sectionId: id,
  title: z.string(),
  year,
  counterpart: z.object({ sectionId: id, reportId: id, title: z.string(), year }).nullable(),
  parts: z.array(blacklinePartSchema),
  metrics: z.array(comparedMetricSchema),
})

/** A saved revision's text and the blackline from the current text to it (what restoring changes). */
export const revisionComparisonSchema = z.object({
  revisionId: id,
  version: z.number().int().positive(),
  title: z.string(),
  createdAt: z.string(),
  currentVersion: z.number().int().positive(),
  text: z.string(),
  parts: z.array(blacklinePartSchema),
})

/** The whole report against last year's: every section in reading order, and the figures. */
export const reportComparisonSchema = z.object({
  reportId: id,
  year,
  title: z.string(),
  previous: z.object({ reportId: id, year, title: z.string() }).nullable(),
  sections: z.array(
    z.object({
      status: z.enum(comparedSectionStatuses),
      kind: z.enum(sectionKinds),
      title: z.string(),
      previousTitle: z.string().nullable(),
      sectionId: id.nullable(),
      previousSectionId: id.nullable(),
      changed: z.boolean(),
      parts: z.array(blacklinePartSchema),
    }),
  ),
  metrics: z.array(comparedMetricSchema),
})

export const reportFindingSchema = z.object({
  rule: z.enum(checkRules),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  messageKey: z.string().optional(),
  messageParams: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  suggestion: z.string().optional(),
  key: z.string(),
  sectionId: id,
  sectionTitle: z.string(),
  anchorStart: z.number().int().min(0),
  anchorEnd: z.number().int().min(0),
  fix: z
    .object({
      kind: z.literal('replace-text'),
      anchorStart: z.number().int(),
      anchorEnd: z.number().int(),
      expected: z.string(),
      replacement: z.string(),
    })
    .optional(),
  dismissible: z.boolean(),
  dismissed: z.object({ reason: z.string(), by: z.string(), at: z.string() }).optional(),
})

const placementSchema = z.union([
  z.object({ after: id }).strict(),
  z.object({ before: id }).strict(),
  z.object({ inside: id }).strict(),
])
const structuralKind = z.enum(structuralKinds)
const sectionTitle = z.string().trim().min(1).max(200)

/** One change to a report's outline (see changeStructure). */
export const structureChangeSchema = z.discriminatedUnion('op', [
  z
    .object({
      op: z.literal('add'),
      reportId: id,
      kind: structuralKind,
      title: sectionTitle,
      placement: placementSchema,
    })
    .strict(),
  z.object({ op: z.literal('move'), sectionId: id, placement: placementSchema }).strict(),
  z.object({ op: z.literal('delete'), sectionId: id }).strict(),
  z.object({ op: z.literal('restore'), sectionId: id }).strict(),
  z.object({ op: z.literal('rename'), sectionId: id, title: sectionTitle }).strict(),
  z
    .object({
      op: z.literal('convert'),
      sectionId: id,
      kind: structuralKind,
      placement: placementSchema,
    })
    .strict(),
])

const findingInSection = { reportId: id, sectionId: id, key: z.string().min(1).max(2000) }

const rollForwardResultSchema = z.object({
  reportId: id,
  pending: z.number().int().min(0),
  suggestions: z.array(suggestionSchema),
})

const qualifierSchema = z.enum(['exact', 'over', 'about', 'under'])
const figureKindSchema = z.enum(['amount', 'count', 'change', 'rate'])
const reviewStatusSchema = z.enum(['pending', 'checked'])
const label = z.string().trim().min(1).max(60)

export const metricSeriesSchema = z.object({
  id,
  familyId: z.string(),
  label: z.string(),
  unit: z.string(),
  displayUnit: z.string(),
  qualifier: qualifierSchema,
  kind: figureKindSchema,
  baseSeriesId: id.nullable(),
  bindingStatus: z.enum(['proposed', 'accepted']),
})

export const metricValueSchema = z.object({
  seriesId: id,
  year,
  value: z.number().nullable(),
  displayUnit: z.string(),
  qualifier: qualifierSchema,
  source: z.string(),
  reviewStatus: reviewStatusSchema,
  reviewedBy: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  updatedAt: z.string(),
})

export const reportMetricsSchema = z.object({
  reportId: id,
  year,
  rows: z.array(
    metricSeriesSchema.extend({
      current: metricValueSchema.nullable(),
      previous: metricValueSchema.nullable(),
      change: z.number().nullable(),
      changeUnit: z.enum(changeUnits).nullable(),
      direction: z.enum(directions).nullable(),
      occurrences: z.array(
        z.object({ sectionId: id, sectionTitle: z.string(), index: z.number().int() }),
      ),
    }),
  ),
})

const seriesInReport = { reportId: id, seriesId: id }

const spreadsheetRowsSchema = z.array(z.array(z.string().max(500)).max(100)).max(20_000)
const columnIndex = z.number().int().min(0).max(99)

export const spreadsheetMappingSchema = z.object({
  headerRow: z.number().int().min(0).nullable(),
  labelColumn: columnIndex,
  valueColumn: columnIndex,
  unitColumn: columnIndex.optional(),
  yearColumns: z
    .array(z.object({ column: columnIndex, year }).strict())
    .max(30)
    .optional(),
})

export const spreadsheetPreviewRowSchema = z.object({
  rowNumber: z.number().int().positive(),
  label: z.string(),
  valueText: z.string(),
  unit: z.string().optional(),
  status: z.enum(['exact', 'fuzzy', 'unmatched', 'invalid', 'unit-mismatch']),
  seriesId: id.optional(),
  seriesLabel: z.string().optional(),
  value: z.number().optional(),
  displayText: z.string().optional(),
  currentValueText: z.string().optional(),
  previousValueText: z.string().optional(),
  similarity: z.number().optional(),
  code: z.string().optional(),
  message: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  years: z
    .array(
      z.object({
        year,
        valueText: z.string(),
        state: z.enum(['new', 'same', 'replace', 'invalid']),
        value: z.number().optional(),
        displayText: z.string().optional(),
        storedText: z.string().optional(),
        message: z.string().optional(),
      }),
    )
    .optional(),
})

export const languageSchema = z.enum(['zh-CN', 'en'])

const nothing = z.object({}).strict()

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

const exportScope = { reportId: id, sectionIds: z.array(id).min(1).max(5000).optional() }
/** What a Word profile changed in the outline (masthead left out, numbers added), for the dialog. */
export const outlineChangeSchema = z.object({
  kind: z.enum(outlineChangeKinds),
  count: z.number().int().min(0),
})
const exportId = z.string().min(1).max(64)
const exportRequest = {
  ...exportScope,
  format: z.enum(exportFormats),
  profile: z.enum(exportProfileNames).optional(),
}

export const renderedChartSchema = z.object({
  svg: z.string(),
  alt: z.string(),
  caption: z.string(),
  width: z.number(),
  height: z.number(),
  years: z.array(year),
  pendingLabels: z.array(z.string()),
  pngBase64: z.string().nullable(),
})

/**
 * The one contract: every channel the renderer (IPC or HTTP) and the CLI may call,
 * with the zod schemas its input is validated against in main and its output's shape.
 */
export const channels = {
  'app.info': {
    input: nothing,
    output: z.object({ workspace: z.string(), mode: z.enum(['electron', 'browser', 'cli']) }),
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
  'templates.list': {
    input: nothing,
    output: z.array(
      z.object({
        id: z.string(),
        builtIn: z.enum(builtInTemplateIds).nullable(),
        name: z.string(),
        headings: z.number().int().min(0),
        subsections: z.number().int().min(0),
      }),
    ),
  },
  'templates.save': {
    input: z.object({ reportId: id, name: z.string().trim().min(1).max(60) }).strict(),
    output: z.object({
      id: z.string(),
      builtIn: z.enum(builtInTemplateIds).nullable(),
      name: z.string(),
      headings: z.number().int().min(0),
      subsections: z.number().int().min(0),
    }),
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
    output: z.object({
      report: reportSchema,
      sections: z.array(sectionSchema),
      hasPrevious: z.boolean(),
    }),
  },
  'reports.text': {
    input: z.object({ id }).strict(),
    output: z.object({
      id,
      year,
      title: z.string(),
      sections: z.array(
        z.object({
          id,
          kind: z.enum(sectionKinds),
          title: z.string(),
          text: z.string(),
          metrics: z.array(
            z.object({ text: z.string(), value: z.number().nullable(), unit: z.string() }),
          ),
        }),
      ),
    }),
  },
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
        status: reviewStatusSchema,
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
    output: z.array(
      z.object({
        seriesId: id,
        sectionId: id,
        sectionTitle: z.string(),
        index: z.number().int().min(0),
        before: z.string(),
        figure: z.string(),
        after: z.string(),
      }),
    ),
  },
  'metrics.create': {
    input: z
      .object({
        reportId: id,
        label,
        unit: z.string().trim().max(20),
        displayUnit: z.string().trim().max(20),
        kind: figureKindSchema,
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
      sheets: z.array(
        z.object({
          name: z.string(),
          rows: spreadsheetRowsSchema,
          mapping: spreadsheetMappingSchema,
        }),
      ),
    }),
  },
  'metrics.previewSpreadsheet': {
    input: z
      .object({
        reportId: id,
        rows: spreadsheetRowsSchema,
        mapping: spreadsheetMappingSchema.strict(),
      })
      .strict(),
    output: z.object({ rows: z.array(spreadsheetPreviewRowSchema) }),
  },
  'metrics.applySpreadsheet': {
    input: z
      .object({
        reportId: id,
        values: z
          .array(
            z
              .object({
                seriesId: id,
                value: z.number(),
                year: year.optional(),
                replace: z.boolean().optional(),
              })
              .strict(),
          )
          .min(1)
          .max(200_000),
      })
      .strict(),
    output: z.object({ written: z.number().int(), unchanged: z.number().int() }),
  },
  'families.linkPreview': { input: familyLinkRequestSchema, output: familyLinkPreviewSchema },
  'families.link': {
    input: familyLinkApplySchema,
    output: z.object({
      merged: z.number().int(),
      joined: z.number().int(),
      reports: z.number().int(),
      filled: z.number().int(),
      replaced: z.number().int(),
    }),
  },
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
  'export.report': {
    input: z.object(exportRequest).strict(),
    output: z.object({
      fileName: z.string(),
      mimeType: z.string(),
      dataBase64: z.string(),
      pendingFigures: z.number().int().min(0),
      profileChanges: z.array(outlineChangeSchema),
    }),
  },
  'export.toFile': {
    input: z
      .object({
        ...exportRequest,
        path: z.string().trim().min(1).max(1000),
        /** Names the run, for export.cancel. */
        exportId: exportId.optional(),
      })
      .strict(),
    output: z.object({
      path: z.string(),
      bytes: z.number().int().min(0),
      profileChanges: z.array(outlineChangeSchema),
    }),
  },
  /** Stops an export.toFile before its rename; `running` is false when it had already ended. */
  'export.cancel': {
    input: z.object({ exportId }).strict(),
    output: z.object({ running: z.boolean() }),
  },
  'export.clipboard': {
    input: z.object(exportScope).strict(),
    output: z.object({ html: z.string(), text: z.string() }),
  },
  'export.wechatClipboard': {
    input: z.object(exportScope).strict(),
    output: z.object({ html: z.string(), text: z.string() }),
  },
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
  mode: 'electron' | 'browser' | 'cli'
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
