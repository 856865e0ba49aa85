import type { z } from 'zod'
import type { Workspace } from '../workspace/workspace'
import { exportDocx } from './docx/export-docx'
import { readShippedProfile } from './export-report-docx'
import type { ExportFormat } from '../shared/export/export-formats'
import type { exportRequestSchema } from '../shared/export/export-schema'
import { exportFileName } from '../shared/export/export-file-name'
import { exportHtmlFile } from './html/export-html'
import type { OutlineChange } from './docx/outline-changes'
import { outlineChanges } from './docx/outline-changes'
import type { PendingFigure } from './report-export-source'
import { reportExportSource } from './report-export-source'
import { exportWechatPackage } from './wechat/export-wechat-package'
import { readWechatProfile } from './wechat/wechat-profile'
import { wechatZip } from './wechat/write-wechat-package'

/** What to export (see exportRequestSchema). */
export type ReportFileRequest = z.output<typeof exportRequestSchema>

/**
 * An exported file, named for saving, with the figures it shows as 【待填…】 and what the Word
 * profile changed in the outline (none for the other formats).
 */
export interface ExportedReportFile {
  fileName: string
  mimeType: string
  bytes: Buffer
  pendingFigures: number
  pending: PendingFigure[]
  profileChanges: OutlineChange[]
}

const mimeTypes: Record<ExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html;charset=utf-8',
  wechat: 'application/zip',
}

/** "公文（GB/T 9704-2012）" names a file as "公文": the standard's number belongs in the dialog. */
function shortLabel(label: string): string {
  return label.split('（')[0].trim() || label
}

/**
 * Exports a report to a file's bytes, named after the report's title, the first exported
 * section when only part is exported, and the Word profile, e.g.
 * "2026年 上党区高质量发展答卷（报纸特刊）.docx".
 */
export async function exportReportFile(
  workspace: Workspace,
  request: ReportFileRequest,
): Promise<ExportedReportFile> {
  const source = reportExportSource(workspace, request.reportId, {
    sectionIds: request.sectionIds,
  })
  const name = { title: source.title, part: request.sectionIds && source.sections[0]?.title }
  const common = {
    mimeType: mimeTypes[request.format],
    pendingFigures: source.pendingFigures,
    pending: source.pending,
    profileChanges: [],
  }
  if (request.format === 'html') {
    return {
      ...common,
      fileName: exportFileName({ ...name, extension: 'html' }),
      bytes: exportHtmlFile(source),
    }
  }
  if (request.format === 'wechat') {
    const wechat = readWechatProfile()
    return {
      ...common,
      fileName: exportFileName({ ...name, profile: shortLabel(wechat.label), extension: 'zip' }),
      bytes: await wechatZip(await exportWechatPackage(source, wechat)),
    }
  }
  const profile = readShippedProfile(request.profile ?? 'newspaper')
  return {
    ...common,
    profileChanges: outlineChanges(source.sections, profile),
    fileName: exportFileName({ ...name, profile: shortLabel(profile.label), extension: 'docx' }),
    bytes: await exportDocx({ ...source, organization: source.report.organization, profile }),
  }
}
