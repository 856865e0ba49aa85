import sampleText from '../../resources/shangdang-2025.txt?raw'
import { importText } from '../import/text-import-service'
import type { Workspace } from './workspace'

const seededKey = 'seeded_sample'

/** The bundled sample's report title. */
export const sampleReportTitle = '2025年 上党区高质量发展答卷'

/** On a workspace's first launch, imports the bundled 2025 sample so the library is not empty. */
export function seedSampleOnFirstLaunch(workspace: Workspace): number | undefined {
  if (workspace.settings.get(seededKey)) {
    return undefined
  }
  return workspace.db.transaction(() => {
    const hasReports =
      workspace.reports.listLive().length + workspace.reports.listTrashed().length > 0
    workspace.settings.set(seededKey, new Date().toISOString())
    if (hasReports) {
      return undefined
    }
    return importText(workspace, {
      text: sampleText,
      year: 2025,
      title: sampleReportTitle,
      organization: '上党区融媒体中心',
    })
  })()
}
