import type { DetectedSection } from './detected-outline'

/** "——上党区交出二〇二五年高质量发展答卷" → "上党区高质量发展答卷"; else the title line. */
export function suggestReportTitle(sections: DetectedSection[], year: number): string {
  const subtitle = sections.find((section) => section.kind === 'subtitle')?.title ?? ''
  const answer = /^[—─-]*\s*(.+?)交出(?:[〇零一二三四五六七八九\d]{4}年)?(.*答卷)$/.exec(subtitle)
  if (answer) {
    return `${year}年 ${answer[1]}${answer[2]}`
  }
  const title = sections.find((section) => section.kind === 'title')?.title
  return `${year}年 ${title ?? '答卷'}`
}
