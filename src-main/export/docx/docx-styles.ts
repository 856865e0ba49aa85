import type { IParagraphStyleOptions, IStylesOptions } from 'docx'
import { AlignmentType, LineRuleType } from 'docx'
import { docxStyleIdentities } from './docx-style-identities'
import type { ExportProfile, ParagraphStyleSpec } from './export-profile'
import { characterRoles, paragraphRoles } from './export-profile'
import { gridFitSpacing } from './grid-fit-spacing'
import { runFonts } from './run-fonts'
import { textBlockWidthMm } from './text-block-width-mm'

const alignments = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const

const twipsPerPoint = 20

function lineSpacing(spec: ParagraphStyleSpec) {
  const before = Math.round(spec.spaceBeforePt * twipsPerPoint)
  const after = Math.round(spec.spaceAfterPt * twipsPerPoint)
  if (spec.lineSpacing.rule === 'exact') {
    const line = Math.round(spec.lineSpacing.pt * twipsPerPoint)
    return { before, after, line, lineRule: LineRuleType.EXACT }
  }
  return {
    before,
    after,
    line: Math.round(spec.lineSpacing.multiple * 240),
    lineRule: LineRuleType.AUTO,
  }
}

/** Word reads firstLineChars, LibreOffice only firstLine: both, the twips from the style's size. */
function firstLineIndent(spec: ParagraphStyleSpec) {
  if (spec.firstLineChars <= 0) {
    return undefined
  }
  const firstLine = Math.round((spec.firstLineChars / 100) * spec.sizePt * twipsPerPoint)
  return { firstLineChars: spec.firstLineChars, firstLine }
}

/** On a character grid, body-size styles are condensed so `charsPerLine` fit off the grid. */
function characterSpacing(profile: ExportProfile, spec: ParagraphStyleSpec): number | undefined {
  const { grid } = profile
  if (grid?.type !== 'linesAndChars' || spec.sizePt !== profile.styles.body.sizePt) {
    return undefined
  }
  const spacing = gridFitSpacing(textBlockWidthMm(profile.page), grid.charsPerLine, spec.sizePt)
  return spacing === 0 ? undefined : spacing
}

/**
 * The document's styles: defaults and Normal in the body font and size with Chinese (zh-CN) as
 * East Asian language, and one named paragraph or character style per role of the profile.
 * Normal states the size itself because the grid's charSpace counts from it, in LibreOffice
 * from Normal alone.
 */
export function docxStyles(profile: ExportProfile): IStylesOptions {
  const body = profile.styles.body
  const normal: IParagraphStyleOptions = {
    id: 'Normal',
    name: 'Normal',
    quickFormat: true,
    run: { font: runFonts(body), size: body.sizePt * 2 },
  }
  const roleStyles: IParagraphStyleOptions[] = paragraphRoles.map((role) => {
    const spec = profile.styles[role]
    const identity = docxStyleIdentities[role]
    return {
      id: identity.id,
      name: identity.name,
      basedOn: 'Normal',
      next: docxStyleIdentities.body.id,
      quickFormat: true,
      run: {
        font: runFonts(spec),
        size: spec.sizePt * 2,
        bold: spec.bold,
        characterSpacing: characterSpacing(profile, spec),
      },
      paragraph: {
        alignment: alignments[spec.alignment],
        indent: firstLineIndent(spec),
        spacing: lineSpacing(spec),
        outlineLevel: identity.outlineLevel,
      },
    }
  })
  const characterStyles = characterRoles.map((role) => {
    const spec = profile.styles[role]
    return {
      id: docxStyleIdentities[role].id,
      name: docxStyleIdentities[role].name,
      quickFormat: true,
      run: { font: runFonts(spec), size: spec.sizePt * 2, bold: spec.bold },
    }
  })
  return {
    default: {
      document: {
        run: {
          font: runFonts(body),
          size: body.sizePt * 2,
          language: { value: 'en-US', eastAsia: 'zh-CN' },
        },
      },
    },
    paragraphStyles: [normal, ...roleStyles],
    characterStyles,
  }
}
