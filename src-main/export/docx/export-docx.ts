import type { ILevelsOptions, ISectionPropertiesOptions } from 'docx'
import { AlignmentType, Document, DocumentGridType, LevelFormat, Packer } from 'docx'
import type { SectionKind } from '../../shared/sections/section-kind'
import { DeferredMedia } from './deferred-media'
import type {
  DocxChartRenderer,
  DocxFigureRenderer,
  DocxImageLoader,
  DocxRenderContext,
} from './docx-render-context'
import { docxFontTableXml } from './docx-font-table-xml'
import { renderDocxBlocks } from './docx-node-exporters'
import { docxStylesXml } from './docx-styles-xml'
import type { ExportProfile, ParagraphRole } from './export-profile'
import { footerDistanceMm } from './footer-distance-mm'
import { gridCharSpace } from './grid-char-space'
import type { ExportSection } from './numbered-outline'
import { numberOutline } from './numbered-outline'
import { pageNumberFooters } from './page-number-footers'
import { repackZip } from './repack-zip'
import { textBlockWidthMm } from './text-block-width-mm'

/** What the Word export needs: the report's sections in reading order, a profile and callbacks. */
export interface DocxExportInput {
  title: string
  /** The media center the report is by: the file's author and last editor. */
  organization?: string
  sections: ExportSection[]
  profile: ExportProfile
  renderFigure: DocxFigureRenderer
  loadImage: DocxImageLoader
  renderChart: DocxChartRenderer
}

/** The role an ordinary paragraph of each section kind is set in. */
const sectionRoles: Record<SectionKind, ParagraphRole> = {
  masthead: 'masthead',
  title: 'title',
  subtitle: 'subtitle',
  lead: 'lead',
  heading: 'body',
  subsection: 'body',
  closing: 'closing',
  credits: 'credits',
}

function twips(mm: number): number {
  return Math.round((mm / 25.4) * 1440)
}

function listLevels(format: 'bullet' | 'ordered'): ILevelsOptions[] {
  return Array.from({ length: 9 }, (_, level) => ({
    level,
    format: format === 'bullet' ? LevelFormat.BULLET : LevelFormat.DECIMAL,
    text: format === 'bullet' ? '•' : `%${level + 1}.`,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 420 * (level + 1), hanging: 420 } } },
  }))
}

/** The section's w:docGrid; a character grid's charSpace fits `charsPerLine` body characters. */
function documentGrid(profile: ExportProfile): ISectionPropertiesOptions['grid'] {
  const { grid } = profile
  if (!grid) {
    return undefined
  }
  if (grid.type === 'lines') {
    return { type: DocumentGridType.LINES, linePitch: grid.linePitch }
  }
  const charSpace = gridCharSpace(
    textBlockWidthMm(profile.page),
    grid.charsPerLine,
    profile.styles.body.sizePt,
  )
  return { type: DocumentGridType.LINES_AND_CHARS, linePitch: grid.linePitch, charSpace }
}

/**
 * Exports a report to a .docx file. 公文 (outline.masthead 'omit') leaves the newspaper masthead
 * lines out: a 公文 has its own 版头, and those banner lines ("聚焦 2026 长治两会") are no part of it.
 * The styles and the font table are written whole (docxStylesXml, docxFontTableXml) in place of
 * the library's. With a character grid the styles are taken off it and condensed to its pitch
 * instead, so an application that does not squeeze characters into the grid (LibreOffice) still
 * sets `charsPerLine` to a line.
 */
export async function exportDocx(input: DocxExportInput): Promise<Buffer> {
  const { profile } = input
  const sections = numberOutline(
    input.sections.filter(
      (section) => section.kind !== 'masthead' || profile.outline.masthead === 'include',
    ),
    profile.outline,
  )
  const media = new DeferredMedia()
  const children = sections.flatMap((section, index) => {
    // GB/T 9704: one blank line after the title block, none inside it.
    const endsTitleBlock = section.kind === 'title' && sections[index + 1]?.kind !== 'subtitle'
    const context: DocxRenderContext = {
      profile,
      media,
      renderFigure: input.renderFigure,
      loadImage: input.loadImage,
      renderChart: input.renderChart,
      role: sectionRoles[section.kind],
      format: {},
      spaceAfterPt: endsTitleBlock ? profile.styles.subtitle.spaceAfterPt : undefined,
    }
    return renderDocxBlocks(section.doc, context)
  })
  const { page } = profile
  const footers = pageNumberFooters(profile)
  const author = input.organization?.trim() || '答卷'
  const document = new Document({
    title: input.title,
    creator: author,
    lastModifiedBy: author,
    evenAndOddHeaderAndFooters: footers.even !== undefined,
    // A line ended by a hard break (hardBreak) is not spread across a justified paragraph's width.
    compatibility: { doNotExpandShiftReturn: true },
    numbering: {
      config: [
        { reference: 'dajuan-bullet', levels: listLevels('bullet') },
        { reference: 'dajuan-ordered', levels: listLevels('ordered') },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: twips(page.widthMm), height: twips(page.heightMm) },
            margin: {
              top: twips(page.marginMm.top),
              bottom: twips(page.marginMm.bottom),
              left: twips(page.marginMm.left),
              right: twips(page.marginMm.right),
              gutter: twips(page.marginMm.binding),
              header: twips(page.marginMm.header),
              footer: twips(footerDistanceMm(profile)),
            },
          },
          grid: documentGrid(profile),
        },
        footers,
        children,
      },
    ],
  })
  const packed = await Packer.toBuffer(document)
  await media.uprightPictures()
  await media.drawCharts()
  const ownParts: Record<string, () => string> = {
    'word/styles.xml': () => docxStylesXml(profile),
    'word/fontTable.xml': () => docxFontTableXml(profile),
  }
  return repackZip(packed, (name, read) => {
    if (name.startsWith('word/media/')) {
      const picture = media.realBytes(read())
      return picture ? { data: picture, compress: false } : undefined
    }
    const part = ownParts[name]
    return part ? { data: Buffer.from(part(), 'utf8'), compress: true } : undefined
  })
}
