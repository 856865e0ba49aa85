import type { DocxExportInput } from './export-docx'
import type { ExportProfile } from './export-profile'
import type { ExportSection } from './numbered-outline'
import sample from './sample-report.fixture.json'

/** The sample report's sections, in reading order. */
export const sampleSections = sample.sections as ExportSection[]

/** The sample's figures by series: one with a value, one still pending. */
export const sampleFigures: Record<number, { text: string; pending: boolean }> = {
  1: { text: '102.3万吨', pending: false },
  2: { text: '【待填：新增就业人数】', pending: true },
}

export const tinyPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAGCAIAAABxZ0isAAAAEUlEQVR4nGM4YaOBFTEMpAQAmkY4QXj/pr4AAAAASUVORK5CYII=',
  'base64',
)

/** The Word export's input for the sample report (or `sections`), its photo a 320 × 240 PNG. */
export function sampleExportInput(
  profile: ExportProfile,
  sections: ExportSection[] = sampleSections,
): DocxExportInput {
  return {
    title: sample.title,
    sections,
    profile,
    renderFigure: (attributes) => sampleFigures[attributes.seriesId],
    loadImage: (assetId) =>
      assetId === 7
        ? { bytes: tinyPng, mimeType: 'image/png', widthPx: 320, heightPx: 240 }
        : undefined,
    renderChart: () => ({ problem: '此测试没有图表' }),
  }
}
