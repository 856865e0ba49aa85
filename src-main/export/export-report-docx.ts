import gongwen from '../../resources/export-profiles/gongwen.json'
import newspaper from '../../resources/export-profiles/newspaper.json'
import type { Workspace } from '../workspace/workspace'
import { exportDocx } from './docx/export-docx'
import type { ExportProfile } from './docx/export-profile'
import { validateExportProfile } from './docx/export-profile'
import type { ExportProfileName } from '../shared/export/export-profile-names'
import type { ReportExportOptions } from './report-export-source'
import { reportExportSource } from './report-export-source'

const profileFiles: Record<ExportProfileName, unknown> = { newspaper, gongwen }

/** A shipped export profile, validated. */
export function readShippedProfile(profileName: ExportProfileName): ExportProfile {
  return validateExportProfile(profileFiles[profileName], `导出配置“${profileName}”`)
}

/**
 * A report (or some of its sections) as a .docx in one of the shipped profiles; pending figures
 * come out highlighted as 【待填…】.
 */
export async function exportReportDocx(
  workspace: Workspace,
  reportId: number,
  profileName: ExportProfileName,
  options: ReportExportOptions = {},
): Promise<Buffer> {
  const source = reportExportSource(workspace, reportId, options)
  return exportDocx({
    title: source.title,
    organization: source.report.organization,
    sections: source.sections,
    profile: readShippedProfile(profileName),
    renderFigure: source.renderFigure,
    loadImage: source.loadImage,
    renderChart: source.renderChart,
  })
}
