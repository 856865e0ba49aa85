import { z } from 'zod'
import { rowIdSchema } from '../../contract/row-id-schema'
import { outlineChangeKinds } from './docx/outline-change-kind'
import { exportFormats } from './export-formats'
import { exportProfileNames } from './export-profile-names'

/** Which part of a report to export: all of it, or these sections in reading order. */
export const exportScopeSchema = z
  .object({ reportId: rowIdSchema, sectionIds: z.array(rowIdSchema).min(1).max(5000).optional() })
  .strict()

/** What to export: a report or some of its sections, as Word (in a profile), HTML or 公众号. */
export const exportRequestSchema = exportScopeSchema.extend({
  format: z.enum(exportFormats),
  /** The Word profile; the other formats ignore it. */
  profile: z.enum(exportProfileNames).optional(),
})

/**
 * An export written straight to a file: the Electron save dialog's path, or the CLI's --out
 * (which for 公众号 may also be a folder). With `refuseIfPending` nothing is written while a
 * figure would come out as 【待填…】.
 */
/** Names a running export.toFile, for export.cancel. */
export const exportIdSchema = z.string().min(1).max(64)

export const exportFileTargetSchema = exportRequestSchema.extend({
  path: z.string().trim().min(1).max(1000),
  refuseIfPending: z.boolean().optional(),
  exportId: exportIdSchema.optional(),
})

/** What a Word profile changed in the outline (masthead left out, numbers added), for the dialog. */
export const outlineChangeSchema = z.object({
  kind: z.enum(outlineChangeKinds),
  count: z.number().int().min(0),
})

/** A figure exported as a 【待填…】 placeholder, named for a warning: its label and section. */
export const pendingFigureSchema = z.object({ label: z.string(), sectionTitle: z.string() })

/** An exported file for the renderer to download, with what the export dialog says of it. */
export const exportedFileSchema = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  dataBase64: z.string(),
  pendingFigures: z.number().int().min(0),
  profileChanges: z.array(outlineChangeSchema),
})

/** An export written to a file (or a 公众号 folder), or left unwritten by `refuseIfPending`. */
export const writtenExportSchema = z.object({
  path: z.string(),
  /** False only when `refuseIfPending` found figures that would come out as 【待填…】. */
  written: z.boolean(),
  /** Bytes written: the file, or the 公众号 folder's files together; 0 when nothing was. */
  bytes: z.number().int().min(0),
  profileChanges: z.array(outlineChangeSchema),
  /** The figures that come out (or would have come out) as 【待填…】, in reading order. */
  pending: z.array(pendingFigureSchema),
})

/** What a copy to the clipboard carries: the article as HTML and the same text as plain text. */
export const clipboardTextSchema = z.object({ html: z.string(), text: z.string() })
