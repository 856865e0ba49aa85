import { renameSync, rmSync, writeFileSync } from 'node:fs'
import gongwen from '../../resources/export-profiles/gongwen.json'
import newspaper from '../../resources/export-profiles/newspaper.json'
import { figureRendererFor } from '../metrics/metric-service'
import { requireReport } from '../reports/report-service'
import { sectionsInReadingOrder } from '../reports/report-text'
import type { Workspace } from '../workspace/workspace'
import { exportDocx } from './docx/export-docx'
import { validateExportProfile } from './docx/export-profile'

/** The export profiles shipped with the app, by name. */
export const exportProfileNames = ['newspaper', 'gongwen'] as const

export type ExportProfileName = (typeof exportProfileNames)[number]

const profileFiles: Record<ExportProfileName, unknown> = { newspaper, gongwen }

/** A report as a .docx in one of the shipped profiles; pending figures come out highlighted as 【待填…】. */
export async function exportReportDocx(
  workspace: Workspace,
  reportId: number,
  profileName: ExportProfileName,
): Promise<Buffer> {
  const report = requireReport(workspace, reportId)
  const render = figureRendererFor(workspace, report)
  const values = workspace.metrics.listValues(report.familyId, report.year)
  const hasValue = (seriesId: number) =>
    values.some((value) => value.seriesId === seriesId && value.year === report.year && value.value !== null)
  return exportDocx({
    title: report.title,
    sections: sectionsInReadingOrder(workspace.sections.listByReport(reportId)).map((section) => ({
      kind: section.kind,
      doc: section.doc,
    })),
    profile: validateExportProfile(profileFiles[profileName], `导出配置“${profileName}”`),
    renderFigure: (attributes) => ({
      text: render(attributes),
      pending: !hasValue(attributes.seriesId),
    }),
    loadImage: (assetId) => {
      const asset = workspace.assets.get(assetId)
      return asset ? { bytes: asset.bytes, mimeType: asset.mimeType } : undefined
    },
  })
}

/** Writes a file through a temporary name and a rename, so the target is the old file or the whole new one. */
export function writeFileAtomically(target: string, bytes: Buffer): void {
  const temporary = `${target}.${process.pid}.tmp`
  try {
    writeFileSync(temporary, bytes)
    renameSync(temporary, target)
  } catch (error) {
    rmSync(temporary, { force: true })
    throw error
  }
}
