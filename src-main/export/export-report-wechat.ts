import type { Workspace } from '../workspace/workspace'
import type { ReportExportOptions, ReportExportSource } from './report-export-source'
import { reportExportSource } from './report-export-source'
import type { WechatPackageFile } from './wechat/export-wechat-package'
import { exportWechatPackage } from './wechat/export-wechat-package'
import { wechatClipboard } from './wechat/wechat-clipboard'
import { readWechatProfile } from './wechat/wechat-profile'

/** A report's 公众号 package, with the source it was made from (for its pending figures). */
export async function exportReportWechat(
  workspace: Workspace,
  reportId: number,
  options: ReportExportOptions = {},
): Promise<{ files: WechatPackageFile[]; source: ReportExportSource }> {
  const source = reportExportSource(workspace, reportId, options)
  return { files: await exportWechatPackage(source, readWechatProfile()), source }
}

/** What "复制到公众号" puts on the clipboard: the article and its text, 【图n】 where photos go. */
export function exportReportWechatClipboard(
  workspace: Workspace,
  reportId: number,
  options: ReportExportOptions = {},
): { html: string; text: string } {
  return wechatClipboard(reportExportSource(workspace, reportId, options), readWechatProfile())
}
