/**
 * The file formats a report exports to: Word, one standalone HTML file, and the 公众号 package
 * (article.html with its photos as files, as a .zip).
 */
export const exportFormats = ['docx', 'html', 'wechat'] as const

export type ExportFormat = (typeof exportFormats)[number]

/** The file name extension of each format: the 公众号 package downloads as a .zip. */
export const exportFileExtensions: Record<ExportFormat, string> = {
  docx: 'docx',
  html: 'html',
  wechat: 'zip',
}
