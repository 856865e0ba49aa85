import type { ParagraphChild } from 'docx'
import { AlignmentType, Footer, PageNumber, Paragraph, TextRun } from 'docx'
import { eastAsianHint } from './east-asian-hint'
import type { ExportProfile } from './export-profile'

function pageNumberParagraph(
  pageNumbers: ExportProfile['pageNumbers'],
  side: 'left' | 'right' | 'center',
): Paragraph {
  const [before, after] = pageNumbers.format.split('{n}')
  // Text, or PageNumber.CURRENT (itself a string the library turns into a PAGE field). The
  // Footer style sets the font and size, off the document grid.
  const run = (children: string[]): ParagraphChild =>
    new TextRun({ children, font: eastAsianHint(children.join('')) })
  const indent = Math.round(pageNumbers.indentChars * pageNumbers.sizePt * 20)
  const placements = {
    left: { alignment: AlignmentType.LEFT, indent: { left: indent } },
    right: { alignment: AlignmentType.RIGHT, indent: { right: indent } },
    center: { alignment: AlignmentType.CENTER, indent: undefined },
  }
  return new Paragraph({
    style: 'Footer',
    ...placements[side],
    children: [run([before]), run([PageNumber.CURRENT]), run([after])],
  })
}

/**
 * Footers carrying the page number as a PAGE field in the profile's format. With `outerSide`
 * (公文: 单页码居右、双页码居左, each one character in) odd and even pages get their own footer.
 */
export function pageNumberFooters(profile: ExportProfile): { default: Footer; even?: Footer } {
  const { pageNumbers } = profile
  if (!pageNumbers.outerSide) {
    return { default: new Footer({ children: [pageNumberParagraph(pageNumbers, 'center')] }) }
  }
  return {
    default: new Footer({ children: [pageNumberParagraph(pageNumbers, 'right')] }),
    even: new Footer({ children: [pageNumberParagraph(pageNumbers, 'left')] }),
  }
}
